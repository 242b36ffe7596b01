// SPDX-License-Identifier: GPL-3.0-or-later
// InstallDriver: what the Install page needs from whatever runs an install: start the
// stages the wizard state describes, cancel, and report stage states, output lines and
// overall progress as signals on the GUI thread. The engine module plugs in behind this
// interface; until then the wizard has no driver and the Install page says so.
#pragma once

#include "ui/wizard/wizardstate.h"

#include <QObject>
#include <QStringList>

namespace dlstack::ui {

class InstallDriver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The stage names start() will run, in order, for this state.
    virtual QStringList stages(const WizardState &state) const = 0;
    virtual void start(const WizardState &state) = 0;
    virtual void cancel() = 0;

signals:
    void stageStarted(int index);
    void stageFinished(int index);
    void stageFailed(int index, const QString &reason);
    void outputLine(const QString &line);
    void progress(double fraction); // 0..1 of the whole install
    void finished(bool ok);
};

} // namespace dlstack::ui
