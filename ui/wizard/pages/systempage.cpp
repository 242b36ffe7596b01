// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/systempage.h"

#include "core/matrix/matrixbundle.h"
#include "core/probe/importer.h"
#include "core/probe/profilebuilder.h"
#include "core/support/processrunner.h"
#include "ui/style/flowlayout.h"
#include "ui/system/envfolder.h"
#include "ui/system/profilemodel.h"
#include "ui/system/wrappingdelegate.h"
#include "ui/wizard/wizardcontext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dlstack::ui {

SystemPage::SystemPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_model(new ProfileModel(this)), m_view(new QTreeView),
      m_status(new QLabel), m_rescan(new QPushButton(tr("&Rescan"))), m_import(new QPushButton(tr("&Import…"))),
      m_addEnv(new QPushButton(tr("Add &environment…"))), m_bundle(new QPushButton(tr("&Save support bundle…")))
{
    setTitle(tr("Your system"));
    setSubTitle(tr("Green is ready, amber needs a look, red blocks a GPU install. Each line says why."));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    // The reason is the point of a row (why a Python is greyed, why the toolkit is grey): its
    // column takes the room left and wraps instead of eliding.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setAccessibleName(tr("Detected facts"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProfileModel::Why, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideNone);
    // Row heights follow the wrapped text only when laid out again at the column's new width.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this](int column) {
        if (column == ProfileModel::Why)
            m_view->doItemsLayout();
    });
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Detection status"));
    m_rescan->setAccessibleName(tr("Rescan this machine"));
    m_import->setAccessibleName(tr("Import another machine's nvidia-smi or collect_env output"));
    m_addEnv->setAccessibleName(tr("Add a Python environment from a folder"));
    m_bundle->setAccessibleName(tr("Save a support bundle"));
    m_rescan->setToolTip(tr("Detect this machine again."));
    m_import->setToolTip(tr("Check someone else's machine from the text of nvidia-smi, "
                            "python -m torch.utils.collect_env, nvcc --version, conda info …"));
    m_addEnv->setToolTip(tr("A venv or conda environment that detection did not find: choose its folder (the one "
                            "with pyvenv.cfg or conda-meta). The Options page then offers it as an existing "
                            "environment."));
    m_bundle->setToolTip(
        tr("Save the profile and the raw command outputs to a folder you can send to someone who helps you."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    // The status above its buttons, which wrap (German and French labels are long).
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *bottom = new FlowLayout;
    bottom->addWidget(m_rescan);
    bottom->addWidget(m_import);
    bottom->addWidget(m_addEnv);
    bottom->addWidget(m_bundle);
    layout->addLayout(bottom);

    connect(m_rescan, &QPushButton::clicked, this, &SystemPage::rescan);
    connect(m_import, &QPushButton::clicked, this, &SystemPage::import);
    connect(m_addEnv, &QPushButton::clicked, this, &SystemPage::addEnvironmentInteractive);
    connect(m_bundle, &QPushButton::clicked, this, &SystemPage::saveBundleInteractive);
    connect(&m_watcher, &QFutureWatcher<Detection>::finished, this, [this] {
        const Detection detection = m_watcher.result();
        m_recorder = detection.recorder;
        startOver(QString());
        showProfile(detection.profile, tr("detected"));
        m_rescan->setEnabled(true);
        emit detectionFinished();
    });
}

void SystemPage::initializePage()
{
    if (m_context.state().haveProfile) {
        showProfile(m_context.state().profile, m_context.state().profileOrigin);
        m_rescan->setEnabled(!m_context.hasInjectedProfile());
    } else if (!m_started) {
        rescan();
    }
    m_started = true;
}

bool SystemPage::isComplete() const
{
    return m_context.state().haveProfile && !m_watcher.isRunning();
}

void SystemPage::rescan()
{
    m_rescan->setEnabled(false);
    m_status->setText(tr("Detecting… this takes a few seconds."));
    m_watcher.setFuture(QtConcurrent::run([] {
        Detection detection;
        detection.recorder = std::make_shared<probe::RawRecorder>();
        support::ProcessRunner runner;
        probe::ProbeContext context = probe::ProbeContext::forHost(&runner);
        context.setRecorder(detection.recorder.get());
        detection.profile = probe::ProfileBuilder(matrix::effectiveDetectionTables()).detect(context);
        return detection;
    }));
    emit completeChanged();
}

void SystemPage::showProfile(const probe::SystemProfile &profile, const QString &origin)
{
    WizardState &state = m_context.state();
    state.profile = profile;
    state.haveProfile = true;
    state.profileOrigin = origin;
    m_model->setProfile(profile);
    m_addEnv->setEnabled(!state.planningElsewhere()); // a folder here says nothing about that machine
    setTitle(state.planningElsewhere() ? tr("Planning for %1").arg(state.plannedMachine) : tr("Your system"));
    setSubTitle(state.planningElsewhere()
                    ? tr("These facts come from another machine's output. dlstack plans and exports for that machine "
                         "and installs nothing here.")
                    : tr("Green is ready, amber needs a look, red blocks a GPU install. Each line says why."));
    m_view->expandAll();
    // The Why column stretches; the others take at most a share of the view, so that on a small
    // screen (1024x600) the reasons keep room to be read instead of wrapping a word a line.
    const int width = qMax(m_view->viewport()->width(), 600);
    m_view->resizeColumnToContents(ProfileModel::Fact);
    // A fact's name wraps at its spaces but a word is never cut ("Arbeitsspeicher" in German).
    int longestWord = 0;
    const QFontMetrics metrics(m_view->font());
    for (int section = 0; section < m_model->rowCount(); ++section) {
        const QModelIndex parent = m_model->index(section, ProfileModel::Fact);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            for (const QString &word :
                 m_model->index(row, ProfileModel::Fact, parent).data().toString().split(u' ', Qt::SkipEmptyParts))
                longestWord = qMax(longestWord, metrics.horizontalAdvance(word));
    }
    const int wordRoom = longestWord + 2 * m_view->indentation() + m_view->iconSize().width() + 24;
    m_view->setColumnWidth(ProfileModel::Fact,
                           qMin(m_view->columnWidth(ProfileModel::Fact), qMax(width / 5, wordRoom)));
    m_view->setColumnWidth(ProfileModel::Value, qMin(300, width / 4));
    m_view->setColumnWidth(ProfileModel::Source, qMin(170, width / 6));
    m_status->setText(tr("%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).", nullptr,
                         static_cast<int>(profile.gpus.size()))
                          .arg(origin)
                          .arg(profile.cudaToolkits.size())
                          .arg(profile.pythonEnvs.size()));
    emit completeChanged();
}

void SystemPage::startOver(const QString &plannedMachine)
{
    WizardState &state = m_context.state();
    state.plannedMachine = plannedMachine;
    state.selection.torch.clear(); // another machine: the Stack page proposes again
    state.planned.reset();
}

QString SystemPage::importTexts(const QList<QPair<QString, QByteArray>> &texts)
{
    probe::Importer importer;
    probe::SystemProfile merged;
    merged.generatedBy = QStringLiteral("dlstack import");
    QStringList used;
    QStringList unknown;
    for (const auto &[name, bytes] : texts) {
        const probe::Importer::Outcome outcome = importer.import(bytes, name);
        if (outcome.format.isEmpty()) {
            unknown << name;
            continue;
        }
        merged.merge(outcome.profile);
        used << QStringLiteral("%1 (%2)").arg(name, outcome.format);
    }
    if (used.isEmpty())
        return tr("None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, "
                  "python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.");
    merged.finalize(matrix::effectiveDetectionTables());
    startOver(machineLabel(merged));
    showProfile(merged, tr("imported from %1").arg(used.join(QStringLiteral(", "))));
    m_recorder.reset();
    m_rescan->setEnabled(true);
    if (!unknown.isEmpty())
        return tr("Imported %1; not recognised: %2.")
            .arg(used.join(QStringLiteral(", ")), unknown.join(QStringLiteral(", ")));
    return tr("Imported %1.").arg(used.join(QStringLiteral(", ")));
}

void SystemPage::import()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import another machine's output"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("&Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version "
                                "or conda info here, or open files:"));
    label->setWordWrap(true);
    auto *paste = new QPlainTextEdit;
    paste->setAccessibleName(tr("Pasted output"));
    label->setBuddy(paste);
    auto *open = new QPushButton(tr("&Open files…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(label);
    layout->addWidget(paste, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    dialog.resize(700, 480);
    QList<QPair<QString, QByteArray>> texts;
    connect(open, &QPushButton::clicked, &dialog, [&] {
        const QStringList files = QFileDialog::getOpenFileNames(&dialog, tr("Open command outputs"));
        for (const QString &path : files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                texts.append({QFileInfo(path).fileName(), file.read(16 * 1024 * 1024)});
        }
        if (!files.isEmpty())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!paste->toPlainText().trimmed().isEmpty())
        texts.append({tr("pasted text"), paste->toPlainText().toUtf8()});
    if (!texts.isEmpty())
        m_status->setText(importTexts(texts));
}

QString SystemPage::saveBundle(const QString &dir) const
{
    if (!QDir().mkpath(dir))
        return tr("Cannot create the folder %1.").arg(dir);
    const QByteArray json = QJsonDocument(m_context.state().profile.toJson()).toJson(QJsonDocument::Indented);
    QFile file(QDir(dir).filePath(QStringLiteral("profile.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    file.close();
    if (m_recorder) {
        if (const auto error = m_recorder->write(QDir(dir).filePath(QStringLiteral("raw"))))
            return error->summary;
    }
    return {};
}

void SystemPage::saveBundleInteractive()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the support bundle"));
    if (dir.isEmpty())
        return;
    const QString error = saveBundle(QDir(dir).filePath(QStringLiteral("dlstack-support")));
    if (error.isEmpty())
        m_status->setText(tr("Support bundle saved to %1.").arg(QDir(dir).filePath(QStringLiteral("dlstack-support"))));
    else
        QMessageBox::warning(this, tr("Support bundle not saved"), error);
}

QString SystemPage::addEnvironment(const QString &path)
{
    WizardState &state = m_context.state();
    const auto added = addEnvFolder(state.profile, path, tr("added on the System page"));
    if (!added.ok())
        return (added.error().summary + u' ' + added.error().remedy).trimmed();
    m_model->setProfile(state.profile);
    m_view->expandAll();
    const probe::PythonEnv &env = added.value();
    return env.pythonVersion.isEmpty()
               ? tr("Added the %1 environment %2.").arg(env.kind, env.path)
               : tr("Added the %1 environment %2 (Python %3).").arg(env.kind, env.path, env.pythonVersion);
}

void SystemPage::addEnvironmentInteractive()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder of a venv or conda environment"), QDir::homePath());
    if (!dir.isEmpty())
        m_status->setText(addEnvironment(dir));
}

} // namespace dlstack::ui
