// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/stackpage.h"

#include "core/matrix/checker.h"
#include "core/matrix/recommender.h"
#include "core/plan/sourcebuildsummary.h"
#include "ui/wizard/wizardcontext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace dlstack::ui {
namespace {
constexpr int VariantIdRole = Qt::UserRole + 1;

QString variantTitle(const matrix::TorchVariant &variant)
{
    return variant.version.isEmpty() ? matrix::backendTitle(variant.backend)
                                     : matrix::backendTitle(variant.backend) + u' ' + variant.version;
}

// "2.14.1 — latest, recommended": a version with the marks it has, if any.
QString marked(const QString &text, const QStringList &marks)
{
    return marks.isEmpty() ? text : QStringLiteral("%1 — %2").arg(text, marks.join(QStringLiteral(", ")));
}
} // namespace

StackPage::StackPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_torch(new QComboBox), m_backends(new QButtonGroup(this)),
      m_cuda(new QRadioButton(tr("&CUDA (NVIDIA)"))), m_rocm(new QRadioButton(tr("&ROCm (AMD)"))),
      m_xpu(new QRadioButton(tr("Intel &XPU"))), m_cpu(new QRadioButton(tr("C&PU only"))), m_variants(new QListWidget),
      m_python(new QComboBox), m_prebuilt(new QRadioButton(tr("Prebuilt &wheels (minutes)"))),
      m_source(new QRadioButton(tr("Build from &source (hours)"))), m_recommended(new QLabel),
      m_useRecommended(new QPushButton(tr("Use the r&ecommended stack"))), m_verdict(new QLabel),
      m_unavailable(new QLabel)
{
    setTitle(tr("Choose a stack"));
    setSubTitle(tr("Only combinations from the tested matrix are offered. Greyed-out entries say why they "
                   "cannot work on this machine."));

    m_torch->setAccessibleName(tr("PyTorch version"));
    m_variants->setAccessibleName(tr("Backend version"));
    m_python->setAccessibleName(tr("Python version"));
    m_cuda->setAccessibleName(tr("CUDA backend"));
    m_rocm->setAccessibleName(tr("ROCm backend"));
    m_xpu->setAccessibleName(tr("Intel XPU backend"));
    m_cpu->setAccessibleName(tr("CPU-only backend"));
    m_prebuilt->setAccessibleName(tr("Install prebuilt wheels"));
    m_source->setAccessibleName(tr("Build PyTorch from source"));
    m_useRecommended->setAccessibleName(tr("Use the recommended stack"));
    m_verdict->setAccessibleName(tr("Verdict on the chosen stack"));
    m_verdict->setWordWrap(true);
    m_recommended->setWordWrap(true);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAccessibleName(tr("Why some backends cannot be chosen"));
    // As tall as its rows (one row for one version), up to eight; then it scrolls (fitVariantList).
    // A disabled version's reason wraps inside the list, never under a horizontal scroll bar.
    m_variants->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_variants->setWordWrap(true);
    m_variants->setTextElideMode(Qt::ElideNone);
    m_variants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_variants->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_variants->setResizeMode(QListView::Adjust);
    m_variants->viewport()->installEventFilter(this);

    m_backends->addButton(m_cuda);
    m_backends->addButton(m_rocm);
    m_backends->addButton(m_xpu);
    m_backends->addButton(m_cpu);
    auto *backendRow = new QHBoxLayout;
    backendRow->addWidget(m_cuda);
    backendRow->addWidget(m_rocm);
    backendRow->addWidget(m_xpu);
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
    form->addRow(QString(), m_unavailable);
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
    // The choices scroll inside the page when the window is smaller than they are (800x480, a
    // long reason wrapped in the version list): nothing overlaps, the window does not grow.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(recommendRow);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the choices; the area follows the focus
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);

    connect(m_torch, &QComboBox::currentIndexChanged, this, &StackPage::torchChanged);
    connect(m_backends, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    connect(m_python, &QComboBox::currentIndexChanged, this, &StackPage::refresh);
    connect(routeGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    connect(m_variants, &QListWidget::currentRowChanged, this, &StackPage::variantChanged);
    connect(m_useRecommended, &QPushButton::clicked, this, &StackPage::applyRecommendation);
}

void StackPage::initializePage()
{
    const WizardState &state = m_context.state();
    setSubTitle(state.planningElsewhere()
                    ? tr("Planning for %1. Only combinations from the tested matrix are offered. Greyed-out entries "
                         "say why they cannot work on that machine.")
                          .arg(state.plannedMachine)
                    : tr("Only combinations from the tested matrix are offered. Greyed-out entries say why they "
                         "cannot work on this machine."));
    m_recommendation.reset();
    const matrix::Matrix *matrix = m_context.matrix();
    const QList<matrix::Recommendation> recommendations =
        matrix ? matrix::Recommender(*matrix).recommend(state.profile, 2) : QList<matrix::Recommendation>();
    {
        // Newest first, each with its marks: the newest release of the matrix, the recommended
        // one and a long-term-support release where the data says so (torch.json `lts`).
        const QSignalBlocker blocker(m_torch);
        m_torch->clear();
        if (matrix) {
            const QList<matrix::TorchRelease> &releases = matrix->releases();
            for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
                QStringList marks;
                if (r == releases.crbegin())
                    marks << tr("latest", "the newest PyTorch release in the tested matrix");
                if (!recommendations.isEmpty() && recommendations.constFirst().selection.torch == r->version)
                    marks << tr("recommended");
                if (r->lts)
                    marks << tr("LTS", "long-term support release");
                m_torch->addItem(marked(r->version, marks), r->version);
            }
        }
        m_torch->setCurrentIndex(-1);
    }
    m_useRecommended->setEnabled(false);
    if (!matrix) {
        m_recommended->setText(m_context.matrixError());
        return;
    }
    if (recommendations.isEmpty()) {
        m_recommended->setText(tr("No stack in the tested matrix fits this machine."));
    } else {
        const matrix::Recommendation &best = recommendations.constFirst();
        m_recommendation = best.selection;
        QString text = tr("Recommended: %1. %2").arg(best.selection.label(), best.reason);
        // A source build is shown with what it uses and how long it takes, also when it is the
        // alternative to an older release's wheels (the newest release lost this GPU's wheels).
        const QString prefix = QDir::isAbsolutePath(state.target.prefix)
                                   ? state.target.prefix
                                   : QDir::home().filePath(QStringLiteral("dlstack"));
        const matrix::Target target = state.planningElsewhere() ? matrix::Target::Profile : matrix::Target::ThisMachine;
        for (const matrix::Recommendation &r : recommendations) {
            const auto build = plan::planSourceBuild(*matrix, state.profile, r.selection, prefix, target);
            if (!build)
                continue;
            text += u'\n' + (&r == &best ? build->sentence()
                                         : tr("Or: %1. %2 %3").arg(r.selection.label(), r.reason, build->sentence()));
        }
        m_recommended->setText(text);
        m_useRecommended->setEnabled(true);
    }
    if (state.selection.torch.isEmpty() || !selectStack(state.selection))
        applyRecommendation();
}

void StackPage::applyRecommendation()
{
    if (m_recommendation)
        selectStack(*m_recommendation);
}

bool StackPage::selectStack(const matrix::Selection &selection)
{
    if (!selectTorch(selection.torch))
        return false;
    // Python and route first: they decide which variants are blocked.
    const int python = m_python->findText(selection.python);
    if (python >= 0)
        m_python->setCurrentIndex(python);
    (selection.isSource() ? m_source : m_prebuilt)->setChecked(true);
    const matrix::TorchRelease *release = currentRelease();
    const matrix::TorchVariant *variant =
        release ? release->variantFor(selection.backend, selection.backendVersion()) : nullptr;
    return variant && selectBackend(selection.backend) && selectVariant(variant->id);
}

const matrix::TorchRelease *StackPage::currentRelease() const
{
    const matrix::Matrix *matrix = m_context.matrix();
    return matrix && m_torch->currentIndex() >= 0 ? matrix->release(m_torch->currentData().toString()) : nullptr;
}

std::optional<matrix::Backend> StackPage::currentBackend() const
{
    for (const matrix::Backend backend :
         {matrix::Backend::Cuda, matrix::Backend::Rocm, matrix::Backend::Xpu, matrix::Backend::Cpu})
        if (buttonFor(backend)->isChecked())
            return backend;
    return std::nullopt;
}

const matrix::TorchVariant *StackPage::currentVariant() const
{
    const QListWidgetItem *item = m_variants->currentItem();
    const matrix::TorchRelease *release = currentRelease();
    if (!item || !release || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    return release->variant(item->data(VariantIdRole).toString());
}

matrix::Selection StackPage::selectionWith(const matrix::TorchVariant &variant) const
{
    const WizardState &state = m_context.state();
    matrix::Selection s = matrix::withStack(*m_context.matrix(), state.selection, *currentRelease(), variant);
    s.python = m_python->currentText();
    s.route = m_source->isChecked() ? matrix::Route::Source : matrix::Route::Prebuilt;
    if (!state.optionsChosen) { // the environment the recommendation would take for this Python
        s.envKind = matrix::defaultEnvKind(state.profile, s.python);
        s.envPath.clear();
    }
    return s;
}

matrix::StackVerdict StackPage::verdictOf(const matrix::TorchVariant &variant) const
{
    return matrix::verdictFor(*m_context.matrix(), m_context.state().profile, selectionWith(variant));
}

matrix::Selection StackPage::currentSelection() const
{
    const matrix::TorchVariant *variant = currentVariant();
    return variant ? selectionWith(*variant) : m_context.state().selection;
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

QRadioButton *StackPage::buttonFor(matrix::Backend backend) const
{
    switch (backend) {
    case matrix::Backend::Cuda:
        return m_cuda;
    case matrix::Backend::Rocm:
        return m_rocm;
    case matrix::Backend::Xpu:
        return m_xpu;
    case matrix::Backend::Cpu:
        break;
    }
    return m_cpu;
}

bool StackPage::selectBackend(matrix::Backend backend)
{
    QRadioButton *button = buttonFor(backend);
    if (!button->isEnabled())
        return false;
    if (button->isChecked())
        refresh();
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
    const matrix::TorchRelease *release = currentRelease();
    const matrix::TorchVariant *variant = release ? release->variant(variantId) : nullptr;
    return variant ? verdictOf(*variant).reason() : QString();
}

void StackPage::torchChanged()
{
    const matrix::TorchRelease *release = currentRelease();
    {
        const QSignalBlocker blocker(m_python);
        const QString previous = m_python->currentText();
        m_python->clear();
        if (release) {
            m_python->addItems(matrix::pythonVersions(*release));
            int keep = m_python->findText(previous);
            if (keep < 0) { // the Python an install of this release would get here
                matrix::Selection open = m_context.state().selection;
                open.python.clear();
                keep = m_python->findText(matrix::effectivePython(m_context.state().profile, open, *release));
            }
            m_python->setCurrentIndex(std::max(0, keep));
        }
    }
    refresh();
}

void StackPage::refresh()
{
    const matrix::TorchRelease *release = currentRelease();
    // A backend is offered when the release has it; it is disabled when every one of its
    // versions is blocked here, with the first reason, said below the buttons.
    QStringList unavailable;
    for (const matrix::Backend backend :
         {matrix::Backend::Cuda, matrix::Backend::Rocm, matrix::Backend::Xpu, matrix::Backend::Cpu}) {
        QRadioButton *button = buttonFor(backend);
        QString reason =
            release ? tr("PyTorch %1 has no %2 wheels.").arg(release->version, button->text().remove(u'&')) : QString();
        bool usable = false;
        if (release) {
            for (const matrix::TorchVariant &v : release->variants) {
                if (v.backend != backend)
                    continue;
                const matrix::StackVerdict verdict = verdictOf(v);
                if (!verdict.blocked())
                    usable = true;
                else if (!usable)
                    reason = verdict.reason();
            }
        }
        button->setEnabled(usable);
        button->setToolTip(usable ? QString() : reason);
        if (!usable && !reason.isEmpty())
            unavailable << tr("%1: %2").arg(button->text().remove(u'&'), reason);
    }
    m_unavailable->setText(unavailable.join(u'\n'));
    m_unavailable->setVisible(!unavailable.isEmpty());
    if (currentBackend() && !m_backends->checkedButton()->isEnabled()) {
        const QSignalBlocker blocker(m_backends);
        for (QRadioButton *b : {m_cuda, m_rocm, m_xpu, m_cpu})
            if (b->isEnabled()) {
                b->setChecked(true);
                break;
            }
    }

    const QListWidgetItem *current = m_variants->currentItem();
    const QString previous = current ? current->data(VariantIdRole).toString() : QString();
    const QSignalBlocker blocker(m_variants);
    m_variants->clear();
    const std::optional<matrix::Backend> backend = currentBackend();
    int keepRow = -1;
    int firstUsable = -1;
    int defaultRow = -1;
    if (release && backend) {
        // The newest version of this backend in the release, marked when there is a choice.
        const matrix::TorchVariant *newest = nullptr;
        int ofBackend = 0;
        for (const matrix::TorchVariant &v : release->variants)
            if (v.backend == *backend) {
                ++ofBackend;
                if (!newest || newest->parsedVersion < v.parsedVersion)
                    newest = &v;
            }
        for (const matrix::TorchVariant &v : release->variants) {
            if (v.backend != *backend)
                continue;
            const matrix::StackVerdict verdict = verdictOf(v);
            QString text = variantTitle(v);
            if (v.isDefault)
                text += tr(" (PyPI default)");
            QStringList marks;
            if (ofBackend > 1 && &v == newest)
                marks << tr("latest", "the newest CUDA or ROCm version of a PyTorch release");
            if (m_recommendation && matrix::sameStack(*m_recommendation, selectionWith(v)))
                marks << tr("recommended");
            text = marked(text, marks);
            auto *item = new QListWidgetItem(text);
            item->setData(VariantIdRole, v.id);
            if (verdict.blocked()) {
                item->setText(tr("%1 — not possible here: %2").arg(text, verdict.reason()));
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(verdict.reason());
            } else {
                item->setToolTip(shownWarnings(verdict, selectionWith(v)).join(u'\n'));
                const int row = m_variants->count();
                if (firstUsable < 0)
                    firstUsable = row;
                if (v.isDefault)
                    defaultRow = row;
                if (v.id == previous)
                    keepRow = row;
            }
            m_variants->addItem(item);
        }
    }
    m_variants->setCurrentRow(keepRow >= 0 ? keepRow : defaultRow >= 0 ? defaultRow : firstUsable);
    fitVariantList();
    variantChanged();
}

void StackPage::variantChanged()
{
    const matrix::TorchVariant *variant = currentVariant();
    QStringList lines;
    if (variant) {
        lines = shownWarnings(verdictOf(*variant), selectionWith(*variant));
        if (lines.isEmpty())
            lines << (m_context.state().planningElsewhere() ? tr("This stack is tested and fits that machine.")
                                                            : tr("This stack is tested and fits this machine."));
    } else {
        lines << tr("Pick a version that is not greyed out.");
    }
    m_verdict->setText(lines.join(u'\n'));
    emit completeChanged();
}

QStringList StackPage::shownWarnings(const matrix::StackVerdict &verdict, const matrix::Selection &selection) const
{
    // Doubts about the version data are not shown on the recommended default: the Options
    // page's Advanced section and `dlstack matrix` name them.
    const bool recommended = m_recommendation && matrix::sameStack(*m_recommendation, selection);
    return recommended ? verdict.warnings : verdict.warnings + verdict.doubts;
}

void StackPage::fitVariantList()
{
    // The rows as laid out at the list's width (a wrapped reason is two or three lines tall).
    // Before the page is laid out the list has a placeholder width that would wrap every word
    // and grow the window for good: then one line a row, and the resize to the real width
    // fits it again (eventFilter).
    const bool laidOut = m_variants->viewport()->width() >= 300;
    if (laidOut)
        m_variants->doItemsLayout();
    int height = 0;
    for (int row = 0; row < std::min(m_variants->count(), 8); ++row)
        height +=
            laidOut ? m_variants->visualItemRect(m_variants->item(row)).height() : m_variants->sizeHintForRow(row);
    if (height <= 0)
        height = m_variants->fontMetrics().height() + 4;
    m_variants->setFixedHeight(height + 2 * m_variants->frameWidth());
    // Up to eight rows the list shows them all; a scroll bar would only narrow the rows and
    // make them wrap past the height just given.
    m_variants->setVerticalScrollBarPolicy(m_variants->count() <= 8 ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
}

bool StackPage::eventFilter(QObject *watched, QEvent *event)
{
    // Rows wrap to the list's width: a new width is a new height.
    if (watched == m_variants->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(this, &StackPage::fitVariantList, Qt::QueuedConnection);
    }
    return QWizardPage::eventFilter(watched, event);
}

bool StackPage::isComplete() const
{
    return currentVariant() && m_python->count() > 0;
}

bool StackPage::validatePage()
{
    if (!currentVariant())
        return false;
    WizardState &state = m_context.state();
    const matrix::Selection chosen = currentSelection();
    if (chosen.toJson() != state.selection.toJson())
        state.planned.reset();
    state.selection = chosen;
    state.recommended = m_recommendation;
    return true;
}

} // namespace dlstack::ui
