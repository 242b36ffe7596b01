// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardcontext.h"

namespace dlstack::ui {

const matrix::Matrix *WizardContext::matrix() const
{
    const auto &loaded = matrix::loadEffective();
    return loaded.ok() ? &loaded.value() : nullptr;
}

QString WizardContext::matrixError() const
{
    const auto &loaded = matrix::loadEffective();
    return loaded.ok() ? QString() : loaded.error().toText();
}

void WizardContext::setInjectedProfile(const probe::SystemProfile &profile, const QString &origin)
{
    m_state.profile = profile;
    m_state.haveProfile = true;
    m_state.profileOrigin = origin;
    m_injected = true;
}

} // namespace dlstack::ui
