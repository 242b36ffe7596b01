// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardcontext.h"

namespace dlstack::ui {

const matrix::Matrix *WizardContext::matrix() const
{
    const auto &builtin = matrix::Matrix::builtin();
    return builtin.ok() ? &builtin.value() : nullptr;
}

QString WizardContext::matrixError() const
{
    const auto &builtin = matrix::Matrix::builtin();
    return builtin.ok() ? QString() : builtin.error().toText();
}

void WizardContext::setInjectedProfile(const probe::SystemProfile &profile, const QString &origin)
{
    m_state.profile = profile;
    m_state.haveProfile = true;
    m_state.profileOrigin = origin;
    m_injected = true;
}

} // namespace dlstack::ui
