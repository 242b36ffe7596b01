// SPDX-License-Identifier: GPL-3.0-or-later
// StackPage: the tested matrix (matrix::Matrix) as choices: PyTorch release, backend (CUDA /
// ROCm / CPU), the backend's version, Python and route. Each wheel variant's verdict is
// matrix::verdictFor() over the whole selection, the same check Review and `dlstack check`
// make: a blocked one stays visible but disabled, with the reason as its text and tooltip.
// The default is matrix::Recommender's first proposal, as `dlstack recommend` prints it;
// versions are marked latest, recommended and LTS (torch.json `lts`), and the default shows
// no doubts about the version data (they are in the Options page's Advanced section).
// Writes the stack part of WizardState::selection when left.
#pragma once

#include "core/matrix/selection.h"
#include "core/matrix/stackverdict.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace dlstack::matrix {
struct TorchRelease;
struct TorchVariant;
} // namespace dlstack::matrix

namespace dlstack::ui {

class WizardContext;

class StackPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StackPage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // For tests and keyboard users alike: select by value; false when not offered/enabled.
    bool selectTorch(const QString &version);
    bool selectBackend(matrix::Backend backend);
    bool selectVariant(const QString &variantId);
    // The reason a variant of the current release is disabled; empty when enabled.
    QString blockReason(const QString &variantId) const;
    // What the page would write into the state now (the stack of the current choices).
    matrix::Selection currentSelection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyRecommendation();
    bool selectStack(const matrix::Selection &selection); // false when it is not offered or blocked
    void torchChanged();
    void refresh(); // backends and variants of the current release, each with its verdict
    void variantChanged();
    const matrix::TorchRelease *currentRelease() const;
    const matrix::TorchVariant *currentVariant() const; // null when none or blocked
    std::optional<matrix::Backend> currentBackend() const;
    QRadioButton *buttonFor(matrix::Backend backend) const;
    // The selection with this variant of the current release and the page's Python and route.
    matrix::Selection selectionWith(const matrix::TorchVariant &variant) const;
    matrix::StackVerdict verdictOf(const matrix::TorchVariant &variant) const;
    // The warnings shown for a choice: its doubts about the version data too, except on the
    // recommended default.
    QStringList shownWarnings(const matrix::StackVerdict &verdict, const matrix::Selection &selection) const;
    void fitVariantList(); // the version list as tall as its rows, one row for one version

    WizardContext &m_context;
    std::optional<matrix::Selection> m_recommendation;
    QComboBox *m_torch;
    QButtonGroup *m_backends;
    QRadioButton *m_cuda;
    QRadioButton *m_rocm;
    QRadioButton *m_xpu;
    QRadioButton *m_cpu;
    QListWidget *m_variants;
    QComboBox *m_python;
    QRadioButton *m_prebuilt;
    QRadioButton *m_source;
    QLabel *m_recommended;
    QPushButton *m_useRecommended;
    QLabel *m_verdict;
    QLabel *m_unavailable; // why a greyed-out backend cannot be chosen, as text (not only a tooltip)
};

} // namespace dlstack::ui
