// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/optionspage.h"

#include "core/matrix/extras.h"
#include "core/matrix/selection.h"
#include "core/plan/builddefaults.h"
#include "core/support/amounts.h"
#include "ui/style/accessiblelook.h"

#include "ui/style/flowlayout.h"
#include "ui/system/envfolder.h"
#include "ui/wizard/wizardcontext.h"
#include "ui/wizard/wizardplan.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStorageInfo>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dlstack::ui {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// Why a field beside it is off, as text in view (not only a tooltip); hidden while it is on.
QLabel *reasonLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void showReason(QLabel *label, const QString &reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

} // namespace

OptionsPage::OptionsPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_prefix(new QLineEdit), m_space(new QLabel),
      m_newVenv(new QRadioButton(tr("New &venv"))), m_newConda(new QRadioButton(tr("New &conda environment"))),
      m_existing(new QRadioButton(tr("E&xisting environment:"))), m_existingEnv(new QComboBox),
      m_existingReason(reasonLabel()), m_envName(new QLineEdit),
      m_torchvision(new QCheckBox(QStringLiteral("torchv&ision"))),
      m_torchaudio(new QCheckBox(QStringLiteral("torcha&udio"))), m_apex(new QCheckBox(QStringLiteral("ap&ex"))),
      m_opencv(new QCheckBox(QStringLiteral("OpenCV"))), m_apexReason(reasonLabel()), m_advancedToggle(new QToolButton),
      m_advanced(new QWidget), m_archList(new QLineEdit),
      m_develop(new QCheckBox(tr("&Development install (editable)"))), m_maxJobs(new QSpinBox),
      m_launcher(new QComboBox), m_distccHosts(new QLineEdit), m_buildReason(reasonLabel()),
      m_distccReason(reasonLabel()), m_mirror(new QLineEdit), m_offline(new QLineEdit), m_proxy(new QLineEdit),
      m_unconfirmed(new QLabel), m_problem(new QLabel)
{
    setTitle(tr("Options"));
    setSubTitle(tr("Where to install and how. The defaults suit most machines."));

    m_prefix->setAccessibleName(tr("Install folder"));
    m_space->setAccessibleName(tr("Free space in the install folder"));
    m_existingEnv->setAccessibleName(tr("Existing environment"));
    m_envName->setAccessibleName(tr("Environment name"));
    m_archList->setAccessibleName(tr("GPU architecture list"));
    m_develop->setAccessibleName(tr("Development install"));
    m_develop->setToolTip(tr("torch stays in its source tree, installed with pip install -e; after an edit, "
                             "dlstack rebuild compiles only what changed."));
    m_maxJobs->setAccessibleName(tr("Parallel compile jobs"));
    m_launcher->setAccessibleName(tr("Compiler cache"));
    m_distccHosts->setAccessibleName(tr("distcc hosts"));
    m_distccHosts->setPlaceholderText(tr("e.g. 10.0.0.5/16 10.0.0.6/16 — empty: ~/.distcc/hosts"));
    m_mirror->setAccessibleName(tr("Package mirror URL"));
    m_offline->setAccessibleName(tr("Offline package folder"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_problem->setAccessibleName(tr("Problem with the options"));
    m_problem->setWordWrap(true);
    showAsError(m_problem);
    m_existingReason->setAccessibleName(tr("Why no existing environment can be chosen"));
    m_apexReason->setAccessibleName(tr("Why apex cannot be chosen"));
    m_buildReason->setAccessibleName(tr("Why the source build options are off"));
    m_distccReason->setAccessibleName(tr("Why the distcc hosts are off"));
    m_unconfirmed->setAccessibleName(tr("Version data not confirmed by a primary source"));
    m_unconfirmed->setWordWrap(true);
    m_archList->setPlaceholderText(tr("e.g. 8.6;8.9 — empty: this machine's GPUs"));
    m_mirror->setPlaceholderText(tr("e.g. https://mirror.example.org/pypi/simple"));
    m_proxy->setPlaceholderText(tr("e.g. http://proxy.example.org:3128"));
    m_envName->setPlaceholderText(tr("environment name"));
    m_launcher->addItem(tr("none"), matrix::launcherName(matrix::Launcher::None));
    for (const matrix::Launcher tool : {matrix::Launcher::Ccache, matrix::Launcher::Sccache, matrix::Launcher::Distcc})
        m_launcher->addItem(matrix::launcherName(tool), matrix::launcherName(tool));
    m_maxJobs->setRange(1, 1024);

    auto *browse = new QPushButton(tr("B&rowse…"));
    browse->setAccessibleName(tr("Choose the install folder"));
    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(m_prefix, 1);
    prefixRow->addWidget(browse);
    auto *offlineBrowse = new QPushButton(tr("Bro&wse…"));
    offlineBrowse->setAccessibleName(tr("Choose the offline package folder"));
    auto *offlineRow = new QHBoxLayout;
    offlineRow->addWidget(m_offline, 1);
    offlineRow->addWidget(offlineBrowse);

    auto *envBox = new QGroupBox(tr("Environment"));
    auto *envGroup = new QButtonGroup(this);
    auto *envLayout = new QFormLayout(envBox);
    auto *newRow = new FlowLayout; // wraps where long labels (French) would widen the window
    for (QRadioButton *b : {m_newVenv, m_newConda}) {
        envGroup->addButton(b);
        newRow->addWidget(b);
    }
    newRow->addWidget(m_envName);
    envGroup->addButton(m_existing);
    envLayout->addRow(newRow);
    auto *findEnv = new QPushButton(tr("Loo&k in a folder…"));
    findEnv->setAccessibleName(tr("Choose the folder of an existing environment"));
    findEnv->setToolTip(tr("A venv or conda environment that was not found on its own."));
    auto *existingRow = new QHBoxLayout;
    existingRow->addWidget(m_existingEnv, 1);
    existingRow->addWidget(findEnv);
    envLayout->addRow(m_existing, existingRow);
    envLayout->addRow(QString(), m_existingReason);
    connect(findEnv, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder of an existing environment"), QDir::homePath());
        if (dir.isEmpty())
            return;
        const QString error = addEnvironment(dir);
        m_problem->setText(error);
    });

    auto *extrasBox = new QGroupBox(tr("Extras"));
    auto *extrasLayout = new QVBoxLayout(extrasBox);
    auto *extrasRow = new FlowLayout;
    for (QCheckBox *c : {m_torchvision, m_torchaudio, m_apex, m_opencv})
        extrasRow->addWidget(c);
    extrasLayout->addLayout(extrasRow);
    extrasLayout->addWidget(m_apexReason);
    m_apex->setToolTip(tr("NVIDIA Apex is built from source against the installed PyTorch."));
    // OpenCV has no Alt key: each of its letters is taken on this page (Alt+O opens the Advanced
    // section); Tab reaches it.
    m_opencv->setToolTip(
        tr("The opencv-python-headless wheel; with a CUDA source build, OpenCV is built with CUDA too."));

    // Expert settings, behind "Advanced options" (closed until opened; WizardState::showAdvanced
    // remembers it): the source build's arch list, MAX_JOBS and compiler cache, the mirror and
    // the proxy. The offline folder stays in view: without internet it is what a newcomer needs.
    auto *buildBox = new QGroupBox(tr("Source build"));
    auto *buildLayout = new QFormLayout(buildBox);
    buildLayout->addRow(m_buildReason); // the whole width: a short line, not a narrow column
    buildLayout->addRow(buddyLabel(tr("&Arch list:"), m_archList), m_archList);
    buildLayout->addRow(buddyLabel(tr("MAX_&JOBS:"), m_maxJobs), m_maxJobs);
    buildLayout->addRow(buddyLabel(tr("Compiler cac&he:"), m_launcher), m_launcher);
    buildLayout->addRow(buddyLabel(tr("distcc hos&ts:"), m_distccHosts), m_distccHosts);
    buildLayout->addRow(m_distccReason);
    buildLayout->addRow(m_develop);
    connect(m_launcher, &QComboBox::currentIndexChanged, this, [this] {
        updateDistccHosts();
        proposeJobs();
    });
    connect(m_distccHosts, &QLineEdit::textChanged, this, &OptionsPage::proposeJobs);
    connect(m_maxJobs, &QSpinBox::valueChanged, this, [this] { m_jobsEdited = true; }); // proposals block this

    auto *netBox = new QGroupBox(tr("Network"));
    auto *netLayout = new QFormLayout(netBox);
    netLayout->addRow(buddyLabel(tr("&Mirror:"), m_mirror), m_mirror);
    netLayout->addRow(buddyLabel(tr("&Proxy:"), m_proxy), m_proxy);

    m_advancedToggle->setText(tr("Advanced &options"));
    m_advancedToggle->setAccessibleName(tr("Show advanced options"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setFocusPolicy(Qt::StrongFocus);
    auto *advancedColumns = new QHBoxLayout;
    advancedColumns->addWidget(buildBox, 1);
    advancedColumns->addWidget(netBox, 1);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addLayout(advancedColumns);
    advancedLayout->addWidget(m_unconfirmed);
    advancedLayout->addStretch(1);
    // Scrolled, so that the open section never makes the window taller than a 1024x600 screen.
    auto *advancedArea = new QScrollArea;
    advancedArea->setWidget(m_advanced);
    advancedArea->setWidgetResizable(true);
    advancedArea->setFrameShape(QFrame::NoFrame);
    advancedArea->setFocusPolicy(Qt::NoFocus);
    advancedArea->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this, advancedArea](bool open) {
        advancedArea->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_context.state().showAdvanced = open; // a choice of how to see the page, kept when leaving it either way
    });

    auto *top = new QFormLayout;
    top->addRow(buddyLabel(tr("Install &folder:"), m_prefix), prefixRow);
    top->addRow(QString(), m_space);
    top->addRow(buddyLabel(tr("Off&line folder:"), m_offline), offlineRow);
    auto *columns = new QHBoxLayout;
    columns->addWidget(envBox, 3);
    columns->addWidget(extrasBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(advancedArea, 1);
    layout->addStretch(0);
    layout->addWidget(m_problem);

    connect(m_prefix, &QLineEdit::textChanged, this, &OptionsPage::updateSpace);
    connect(envGroup, &QButtonGroup::buttonToggled, this, &OptionsPage::updateEnvironment);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Install folder"), m_prefix->text());
        if (!dir.isEmpty())
            m_prefix->setText(dir);
    });
    connect(offlineBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Offline package folder"), m_offline->text());
        if (!dir.isEmpty())
            m_offline->setText(dir);
    });
}

QString OptionsPage::addEnvironment(const QString &path)
{
    const auto added = addEnvFolder(m_context.state().profile, path, tr("chosen on the Options page"));
    if (!added.ok())
        return (added.error().summary + u' ' + added.error().remedy).trimmed();
    const probe::PythonEnv &env = added.value();
    if (m_existingEnv->findData(env.path) < 0)
        m_existingEnv->addItem(QStringLiteral("%1 (%2, Python %3)").arg(env.path, env.kind, env.pythonVersion),
                               env.path);
    m_existing->setEnabled(true);
    m_existing->setToolTip(QString());
    showReason(m_existingReason, {});
    m_existingEnv->setCurrentIndex(m_existingEnv->findData(env.path));
    m_existing->setChecked(true);
    return {};
}

void OptionsPage::initializePage()
{
    const WizardState &state = m_context.state();
    const probe::SystemProfile &p = state.profile;
    const matrix::Selection &s = state.selection;
    setSubTitle(state.planningElsewhere()
                    ? tr("Planning for %1: where the plan installs on that machine, and how.").arg(state.plannedMachine)
                    : tr("Where to install and how. The defaults suit most machines."));
    m_prefix->setText(state.target.prefix.isEmpty() ? QDir::home().filePath(QStringLiteral("dlstack"))
                                                    : state.target.prefix);
    m_existingEnv->clear();
    for (const probe::PythonEnv &env : p.pythonEnvs)
        if (env.kind == u"venv" || env.kind == u"conda")
            m_existingEnv->addItem(QStringLiteral("%1 (%2, Python %3)").arg(env.path, env.kind, env.pythonVersion),
                                   env.path);
    m_existing->setEnabled(m_existingEnv->count() > 0);
    m_existing->setToolTip(m_existingEnv->count() > 0 ? QString() : tr("No venv or conda environment was found."));
    showReason(m_existingReason, m_existing->toolTip());
    if (s.envKind == matrix::EnvKind::Existing)
        m_existingEnv->setCurrentIndex(std::max(0, m_existingEnv->findData(s.envPath)));
    (s.envKind == matrix::EnvKind::NewConda                              ? m_newConda
     : s.envKind == matrix::EnvKind::Existing && m_existing->isEnabled() ? m_existing
                                                                         : m_newVenv)
        ->setChecked(true);
    m_envName->setText(s.envPath.isEmpty() || s.envKind == matrix::EnvKind::Existing
                           ? QStringLiteral("torch") + QString(s.torch).remove(u'.')
                           : QFileInfo(s.envPath).fileName());
    const bool firstVisit = !state.optionsChosen;
    m_torchvision->setChecked(firstVisit || s.extras.contains(QStringLiteral("torchvision")));
    m_torchaudio->setChecked(firstVisit || s.extras.contains(QStringLiteral("torchaudio")));
    m_apex->setChecked(s.extras.contains(QStringLiteral("apex")));
    m_opencv->setChecked(s.extras.contains(QStringLiteral("opencv")) ||
                         s.extras.contains(QStringLiteral("opencv-cuda")));
    m_distccHosts->setText(s.distccHosts);
    // Apex only where the matrix records a tag for the release (and a CUDA backend): the reason otherwise.
    QString apexWhyNot;
    if (s.backend != matrix::Backend::Cuda) {
        apexWhyNot = tr("apex is built for the CUDA backend only.");
    } else if (const auto &data = matrix::loadEffective(); data.ok()) {
        if (const matrix::TorchRelease *release = data.value().release(s.torch)) {
            matrix::Selection withApex = s;
            withApex.extras = {QStringLiteral("apex")};
            if (const auto refused = matrix::checkExtrasAvailable(withApex, *release, data.value()))
                apexWhyNot = refused->summary + u' ' + refused->remedy;
        }
    }
    m_apex->setEnabled(apexWhyNot.isEmpty());
    m_apex->setToolTip(tr("NVIDIA Apex is built from source against the installed PyTorch."));
    showReason(m_apexReason, apexWhyNot);

    // The defaults of what the user leaves open, the ones `dlstack plan` uses (plan::buildDefaults).
    const plan::BuildDefaults defaults = buildDefaultsFor(p, s, matrix::Launcher::None, QString());
    m_archList->setText((s.archList.isEmpty() ? defaults.archList : s.archList).join(u';'));
    m_archList->setToolTip(defaults.archListReason);
    m_localJobs = defaults.maxJobs;
    {
        const QSignalBlocker proposal(m_maxJobs);
        m_maxJobs->setValue(s.maxJobs > 0 ? s.maxJobs : m_localJobs);
    }
    m_jobsEdited = s.maxJobs > 0 && s.maxJobs != m_localJobs;
    m_maxJobs->setToolTip(tr("Default: %1").arg(defaults.maxJobsReason));
    m_launcher->setCurrentIndex(std::max(0, m_launcher->findData(matrix::launcherName(s.launcher))));
    m_mirror->setText(state.target.mirror);
    m_offline->setText(state.target.offlineDir);
    m_proxy->setText(state.target.proxy);
    const bool source = s.isSource();
    for (QWidget *w : {static_cast<QWidget *>(m_archList), static_cast<QWidget *>(m_maxJobs),
                       static_cast<QWidget *>(m_launcher), static_cast<QWidget *>(m_develop)})
        w->setEnabled(source);
    m_develop->setChecked(source && s.develop);
    showReason(m_buildReason, source ? QString()
                                     : tr("Only for a build from source; the route chosen on the Stack page installs "
                                          "prebuilt wheels."));
    updateDistccHosts();
    updateUnconfirmed();
    m_advancedToggle->setChecked(state.showAdvanced);
    m_problem->clear();
    updateSpace();
    updateEnvironment();
}

qint64 OptionsPage::freeMib(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.absolutePath().isEmpty() && info.absoluteFilePath() != info.absolutePath())
        info.setFile(info.absolutePath());
    QStorageInfo storage(info.absoluteFilePath());
    if (!storage.isValid())
        return -1;
    return storage.bytesAvailable() / (1024 * 1024);
}

qint64 OptionsPage::neededMib() const
{
    WizardState chosen = m_context.state();
    apply(chosen);
    const plan::PlanOutcome outcome = makePlan(chosen);
    return outcome.plan ? outcome.neededMib : -1;
}

void OptionsPage::updateSpace()
{
    const qint64 free = freeMib(m_prefix->text());
    if (free < 0) {
        m_space->setText(tr("Free space: unknown."));
        return;
    }
    const qint64 needed = neededMib();
    if (needed < 0) {
        m_space->setText(
            tr("%1 free; the space needed is known once these choices make a plan.").arg(support::mibText(free)));
        return;
    }
    // In the locale's numbers, as Review says them ("1,5 GiB" in German).
    m_space->setText(free >= needed
                         ? tr("%1 free; about %2 needed.").arg(support::mibText(free), support::mibText(needed))
                         : tr("Only %1 free; about %2 needed. Choose another folder or free some space.")
                               .arg(support::mibText(free), support::mibText(needed)));
}

void OptionsPage::proposeJobs()
{
    if (m_jobsEdited)
        return;
    const matrix::Launcher launcher = chosenLauncher();
    const QString hosts = m_distccHosts->text().simplified();
    const bool usableHosts =
        launcher == matrix::Launcher::Distcc && !hosts.isEmpty() && !matrix::checkDistccHosts(hosts);
    const plan::BuildDefaults defaults = buildDefaultsFor(m_context.state().profile, m_context.state().selection,
                                                          launcher, usableHosts ? hosts : QString());
    const QSignalBlocker proposal(m_maxJobs);
    m_maxJobs->setValue(defaults.maxJobs); // the remote slots set the pace when distcc has more
    m_maxJobs->setToolTip(tr("Default: %1").arg(defaults.maxJobsReason));
}

plan::BuildDefaults OptionsPage::buildDefaultsFor(const probe::SystemProfile &profile, matrix::Selection selection,
                                                  matrix::Launcher launcher, const QString &distccHosts)
{
    selection.archList.clear();
    selection.maxJobs = 0;
    selection.launcher = launcher;
    selection.distccHosts = distccHosts;
    const auto &versions = matrix::loadEffective();
    return versions ? plan::buildDefaults(profile, selection, versions.value()) : plan::BuildDefaults{};
}

matrix::Launcher OptionsPage::chosenLauncher() const
{
    return matrix::launcherFromName(m_launcher->currentData().toString()).value_or(matrix::Launcher::None);
}

void OptionsPage::updateDistccHosts()
{
    m_distccHosts->setEnabled(m_launcher->isEnabled() && chosenLauncher() == matrix::Launcher::Distcc);
    // Off for a prebuilt route too, which the source build's own reason already says.
    showReason(m_distccReason, m_launcher->isEnabled() && !m_distccHosts->isEnabled()
                                   ? tr("Only with the distcc compiler cache.")
                                   : QString());
}

void OptionsPage::updateUnconfirmed()
{
    // The version data of this stack that no primary source confirms: kept off the Stack
    // and Review pages for the recommended default, said here for those who look.
    const matrix::Selection &s = m_context.state().selection;
    const matrix::Matrix *matrix = m_context.matrix();
    const matrix::TorchRelease *release = matrix ? matrix->release(s.torch) : nullptr;
    const matrix::TorchVariant *variant = release ? release->variantFor(s.backend, s.backendVersion()) : nullptr;
    const QStringList fields = variant ? release->unverifiedFor(*variant) : QStringList();
    m_unconfirmed->setText(
        fields.isEmpty()
            ? tr("All version data of PyTorch %1 used here is confirmed by a primary source.").arg(s.torch)
            : tr("Version data of PyTorch %1 that no primary source confirms yet: %2. `dlstack matrix` lists "
                 "every such field.")
                  .arg(s.torch, fields.join(QStringLiteral(", "))));
    m_unconfirmed->setVisible(release != nullptr);
}

void OptionsPage::updateEnvironment()
{
    m_existingEnv->setEnabled(m_existing->isChecked());
    m_envName->setEnabled(!m_existing->isChecked());
}

void OptionsPage::apply(WizardState &state) const
{
    const QString prefix = QDir::cleanPath(m_prefix->text().trimmed());
    state.target.prefix = prefix;
    state.target.mirror = m_mirror->text().trimmed();
    state.target.offlineDir = m_offline->text().trimmed();
    state.target.proxy = m_proxy->text().trimmed();
    matrix::Selection &s = state.selection;
    s.envKind = m_existing->isChecked()   ? matrix::EnvKind::Existing
                : m_newConda->isChecked() ? matrix::EnvKind::NewConda
                                          : matrix::EnvKind::NewVenv;
    if (m_existing->isChecked()) {
        s.envPath = m_existingEnv->currentData().toString();
        s.python.clear(); // the environment's own Python, whatever the Stack page proposed
    } else {
        s.envPath = QDir(prefix).filePath(QStringLiteral("envs/") + m_envName->text().trimmed());
    }
    s.extras.clear();
    if (m_torchvision->isChecked())
        s.extras << QStringLiteral("torchvision");
    if (m_torchaudio->isChecked())
        s.extras << QStringLiteral("torchaudio");
    if (m_apex->isChecked() && m_apex->isEnabled())
        s.extras << QStringLiteral("apex");
    if (m_opencv->isChecked()) // a CUDA source build gets OpenCV built with CUDA as well
        s.extras << (s.isSource() && s.backend == matrix::Backend::Cuda ? QStringLiteral("opencv-cuda")
                                                                        : QStringLiteral("opencv"));
    s.archList = m_archList->text().split(QRegularExpression(QStringLiteral("[;, ]+")), Qt::SkipEmptyParts);
    s.maxJobs = m_maxJobs->value();
    s.launcher = chosenLauncher();
    s.distccHosts = s.launcher == matrix::Launcher::Distcc ? m_distccHosts->text().simplified() : QString();
    s.develop = s.isSource() && m_develop->isChecked();
}

bool OptionsPage::validatePage()
{
    const QString prefix = QDir::cleanPath(m_prefix->text().trimmed());
    if (prefix.isEmpty() || !QDir::isAbsolutePath(prefix)) {
        m_problem->setText(tr("Choose an install folder with a full path, such as %1.")
                               .arg(QDir::home().filePath(QStringLiteral("dlstack"))));
        return false;
    }
    const qint64 free = freeMib(prefix);
    const qint64 needed = neededMib();
    if (free >= 0 && needed >= 0 && free < needed) {
        m_problem->setText(
            tr("%1 has only %2 MiB free; this install needs about %3 MiB.").arg(prefix).arg(free).arg(needed));
        return false;
    }
    if (!m_existing->isChecked() && m_envName->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the new environment a name."));
        return false;
    }
    const QString hosts = m_distccHosts->text().simplified();
    if (chosenLauncher() == matrix::Launcher::Distcc && !hosts.isEmpty()) {
        if (auto bad = matrix::checkDistccHosts(hosts)) {
            m_problem->setText(bad->summary + u' ' + bad->remedy);
            m_distccHosts->setFocus();
            return false;
        }
    }
    WizardState &state = m_context.state();
    apply(state);
    state.optionsChosen = true;
    state.planned.reset();
    m_problem->clear();
    return true;
}

} // namespace dlstack::ui
