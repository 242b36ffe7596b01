// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/stackpage.h"

#include "ui/wizard/installwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dlstack::ui {
namespace {
constexpr int VariantIdRole = Qt::UserRole + 1;
constexpr int ReasonRole = Qt::UserRole + 2;

QString backendTitle(const QString &backend, const QString &version)
{
    if (backend == u"cuda")
        return QStringLiteral("CUDA ") + version;
    if (backend == u"rocm")
        return QStringLiteral("ROCm ") + version;
    return QStringLiteral("CPU");
}
} // namespace

StackPage::StackPage(InstallWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_torch(new QComboBox), m_backends(new QButtonGroup(this)),
      m_cuda(new QRadioButton(tr("&CUDA (NVIDIA)"))), m_rocm(new QRadioButton(tr("&ROCm (AMD)"))),
      m_cpu(new QRadioButton(tr("C&PU only"))), m_variants(new QListWidget), m_python(new QComboBox),
      m_prebuilt(new QRadioButton(tr("Pre&built wheels (minutes)"))),
      m_source(new QRadioButton(tr("Build from &source (hours)"))), m_recommended(new QLabel),
      m_useRecommended(new QPushButton(tr("Use the r&ecommended stack"))), m_verdict(new QLabel)
{
    setTitle(tr("Choose a stack"));
    setSubTitle(tr("Only combinations from the tested matrix are offered. Greyed-out entries say why they "
                   "cannot work on this machine."));

    m_torch->setAccessibleName(tr("PyTorch version"));
    m_variants->setAccessibleName(tr("Backend version"));
    m_python->setAccessibleName(tr("Python version"));
    m_cuda->setAccessibleName(tr("CUDA backend"));
    m_rocm->setAccessibleName(tr("ROCm backend"));
    m_cpu->setAccessibleName(tr("CPU-only backend"));
    m_prebuilt->setAccessibleName(tr("Install prebuilt wheels"));
    m_source->setAccessibleName(tr("Build PyTorch from source"));
    m_useRecommended->setAccessibleName(tr("Use the recommended stack"));
    m_verdict->setAccessibleName(tr("Verdict on the chosen stack"));
    m_verdict->setWordWrap(true);
    m_recommended->setWordWrap(true);
    m_variants->setMinimumHeight(120);
    m_variants->setMaximumHeight(220);

    m_backends->addButton(m_cuda);
    m_backends->addButton(m_rocm);
    m_backends->addButton(m_cpu);
    auto *backendRow = new QHBoxLayout;
    backendRow->addWidget(m_cuda);
    backendRow->addWidget(m_rocm);
    backendRow->addWidget(m_cpu);
    backendRow->addStretch(1);
    auto *routeGroup = new QButtonGroup(this);
    routeGroup->addButton(m_prebuilt);
    routeGroup->addButton(m_source);
    m_prebuilt->setChecked(true);
    auto *routeRow = new QHBoxLayout;
    routeRow->addWidget(m_prebuilt);
    routeRow->addWidget(m_source);
    routeRow->addStretch(1);

    auto *form = new QFormLayout;
    auto *torchLabel = new QLabel(tr("Py&Torch:"));
    torchLabel->setBuddy(m_torch);
    form->addRow(torchLabel, m_torch);
    form->addRow(tr("Backend:"), backendRow);
    auto *variantLabel = new QLabel(tr("&Version:"));
    variantLabel->setBuddy(m_variants);
    form->addRow(variantLabel, m_variants);
    auto *pythonLabel = new QLabel(tr("P&ython:"));
    pythonLabel->setBuddy(m_python);
    form->addRow(pythonLabel, m_python);
    form->addRow(tr("Route:"), routeRow);

    auto *recommendRow = new QHBoxLayout;
    recommendRow->addWidget(m_recommended, 1);
    recommendRow->addWidget(m_useRecommended);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(recommendRow);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addStretch(1);

    connect(m_torch, &QComboBox::currentIndexChanged, this, &StackPage::torchChanged);
    connect(m_backends, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            backendChanged();
    });
    connect(m_variants, &QListWidget::currentRowChanged, this, &StackPage::variantChanged);
    connect(m_useRecommended, &QPushButton::clicked, this, &StackPage::applyRecommendation);
}

void StackPage::initializePage()
{
    const StackCatalog &catalog = m_wizard->catalog();
    {
        const QSignalBlocker blocker(m_torch);
        m_torch->clear();
        for (const CatalogRelease &release : catalog.releases())
            m_torch->addItem(release.version, release.version);
        m_torch->setCurrentIndex(-1);
    }
    const StackCatalog::Recommendation rec = catalog.recommend(m_wizard->state().profile);
    const CatalogRelease *recRelease = catalog.release(rec.torch);
    QString recVariant;
    if (recRelease)
        for (const CatalogVariant &v : recRelease->variants)
            if (v.id == rec.variantId)
                recVariant = backendTitle(v.backend, v.version);
    m_recommended->setText(recRelease ? tr("Recommended for this machine: PyTorch %1 with %2 and Python %3.")
                                            .arg(rec.torch, recVariant, rec.python)
                                      : tr("No stack in the tested matrix fits this machine."));
    const StackChoice &previous = m_wizard->state().stack;
    if (previous.isValid() && selectTorch(previous.torch) && selectBackend(previous.backend)
        && selectVariant(previous.variantId)) {
        m_python->setCurrentIndex(qMax(0, m_python->findText(previous.python)));
        (previous.route == u"source" ? m_source : m_prebuilt)->setChecked(true);
    } else {
        applyRecommendation();
    }
}

void StackPage::applyRecommendation()
{
    const StackCatalog::Recommendation rec = m_wizard->catalog().recommend(m_wizard->state().profile);
    if (rec.torch.isEmpty() || !selectTorch(rec.torch))
        return;
    const CatalogRelease *release = currentRelease();
    for (const CatalogVariant &v : release->variants)
        if (v.id == rec.variantId)
            selectBackend(v.backend);
    selectVariant(rec.variantId);
    const int py = m_python->findText(rec.python);
    if (py >= 0)
        m_python->setCurrentIndex(py);
    m_prebuilt->setChecked(true);
}

const CatalogRelease *StackPage::currentRelease() const
{
    return m_wizard->catalog().release(m_torch->currentData().toString());
}

QString StackPage::currentBackend() const
{
    return m_cuda->isChecked() ? QStringLiteral("cuda") : m_rocm->isChecked() ? QStringLiteral("rocm")
           : m_cpu->isChecked() ? QStringLiteral("cpu")
                                : QString();
}

QString StackPage::currentVariantId() const
{
    const QListWidgetItem *item = m_variants->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return {};
    return item->data(VariantIdRole).toString();
}

bool StackPage::selectTorch(const QString &version)
{
    const int index = m_torch->findData(version);
    if (index < 0)
        return false;
    if (index == m_torch->currentIndex())
        torchChanged();
    else
        m_torch->setCurrentIndex(index);
    return true;
}

bool StackPage::selectBackend(const QString &backend)
{
    QRadioButton *button = backend == u"cuda" ? m_cuda : backend == u"rocm" ? m_rocm : backend == u"cpu" ? m_cpu : nullptr;
    if (!button || !button->isEnabled())
        return false;
    if (button->isChecked())
        backendChanged();
    else
        button->setChecked(true);
    return true;
}

bool StackPage::selectVariant(const QString &variantId)
{
    for (int row = 0; row < m_variants->count(); ++row) {
        QListWidgetItem *item = m_variants->item(row);
        if (item->data(VariantIdRole).toString() == variantId) {
            if (!(item->flags() & Qt::ItemIsEnabled))
                return false;
            m_variants->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString StackPage::blockReason(const QString &variantId) const
{
    const CatalogRelease *release = currentRelease();
    if (!release)
        return {};
    for (const CatalogVariant &v : release->variants)
        if (v.id == variantId)
            return m_wizard->catalog().assess(m_wizard->state().profile, *release, v).blocker;
    return {};
}

void StackPage::torchChanged()
{
    const CatalogRelease *release = currentRelease();
    m_python->clear();
    if (!release)
        return;
    m_python->addItems(StackCatalog::pythonVersions(*release));
    // A backend is offered when the release has it; it is disabled when every one of its
    // versions is blocked here, with the first reason.
    for (QRadioButton *button : {m_cuda, m_rocm, m_cpu}) {
        const QString backend = button == m_cuda ? QStringLiteral("cuda") : button == m_rocm ? QStringLiteral("rocm") : QStringLiteral("cpu");
        QString reason = tr("PyTorch %1 has no %2 wheels.").arg(release->version, button->text().remove(u'&'));
        bool usable = false;
        for (const CatalogVariant &v : release->variants) {
            if (v.backend != backend)
                continue;
            const Verdict verdict = m_wizard->catalog().assess(m_wizard->state().profile, *release, v);
            if (!verdict.blocked())
                usable = true;
            else
                reason = verdict.blocker;
        }
        button->setEnabled(usable);
        button->setToolTip(usable ? QString() : reason);
    }
    if (!currentBackend().isEmpty() && !m_backends->checkedButton()->isEnabled()) {
        for (QRadioButton *b : {m_cuda, m_rocm, m_cpu})
            if (b->isEnabled()) {
                b->setChecked(true);
                break;
            }
    }
    backendChanged();
}

void StackPage::backendChanged()
{
    const CatalogRelease *release = currentRelease();
    const QSignalBlocker blocker(m_variants);
    m_variants->clear();
    const QString backend = currentBackend();
    if (!release || backend.isEmpty()) {
        variantChanged();
        return;
    }
    int firstUsable = -1;
    int defaultRow = -1;
    for (const CatalogVariant &v : release->variants) {
        if (v.backend != backend)
            continue;
        const Verdict verdict = m_wizard->catalog().assess(m_wizard->state().profile, *release, v);
        QString text = backendTitle(v.backend, v.version);
        if (v.isDefault)
            text += tr(" (PyPI default)");
        auto *item = new QListWidgetItem(text);
        item->setData(VariantIdRole, v.id);
        if (verdict.blocked()) {
            item->setText(tr("%1 — not possible here: %2").arg(text, verdict.blocker));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(verdict.blocker);
            item->setData(ReasonRole, verdict.blocker);
        } else {
            item->setToolTip(verdict.warnings.join(u'\n'));
            if (firstUsable < 0)
                firstUsable = m_variants->count();
            if (v.isDefault)
                defaultRow = m_variants->count();
        }
        m_variants->addItem(item);
    }
    m_variants->setCurrentRow(defaultRow >= 0 ? defaultRow : firstUsable);
    variantChanged();
}

void StackPage::variantChanged()
{
    const CatalogRelease *release = currentRelease();
    const QString id = currentVariantId();
    QStringList lines;
    if (release && !id.isEmpty()) {
        for (const CatalogVariant &v : release->variants)
            if (v.id == id)
                lines = m_wizard->catalog().assess(m_wizard->state().profile, *release, v).warnings;
        if (lines.isEmpty())
            lines << tr("This stack is tested and fits this machine.");
    } else {
        lines << tr("Pick a version that is not greyed out.");
    }
    m_verdict->setText(lines.join(u'\n'));
    emit completeChanged();
}

bool StackPage::isComplete() const
{
    return !currentVariantId().isEmpty() && m_python->count() > 0;
}

bool StackPage::validatePage()
{
    const CatalogRelease *release = currentRelease();
    if (!release)
        return false;
    StackChoice choice;
    choice.torch = release->version;
    choice.variantId = currentVariantId();
    for (const CatalogVariant &v : release->variants)
        if (v.id == choice.variantId) {
            choice.backend = v.backend;
            choice.backendVersion = v.version;
            choice.indexUrl = v.indexUrl;
            m_wizard->state().stackNotes = m_wizard->catalog().assess(m_wizard->state().profile, *release, v).warnings;
        }
    choice.python = m_python->currentText();
    choice.route = m_source->isChecked() ? QStringLiteral("source") : QStringLiteral("prebuilt");
    m_wizard->state().stack = choice;
    return true;
}

} // namespace dlstack::ui
