// SPDX-License-Identifier: GPL-3.0-or-later
// StackPage: the tested matrix as choices: PyTorch release, backend (CUDA / ROCm / CPU),
// the backend's version, Python and route. A choice that cannot work on the profiled
// machine stays visible but disabled, with the reason as its text and tooltip. The
// recommended stack is preselected. Writes WizardState::stack when left.
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace dlstack::ui {

class InstallWizard;
struct CatalogRelease;

class StackPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StackPage(InstallWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // For tests and keyboard users alike: select by value; false when not offered/enabled.
    bool selectTorch(const QString &version);
    bool selectBackend(const QString &backend);
    bool selectVariant(const QString &variantId);
    // The reason a variant of the current release is disabled; empty when enabled.
    QString blockReason(const QString &variantId) const;

private:
    void applyRecommendation();
    void torchChanged();
    void backendChanged();
    void variantChanged();
    const CatalogRelease *currentRelease() const;
    QString currentBackend() const;
    QString currentVariantId() const;

    InstallWizard *m_wizard;
    QComboBox *m_torch;
    QButtonGroup *m_backends;
    QRadioButton *m_cuda;
    QRadioButton *m_rocm;
    QRadioButton *m_cpu;
    QListWidget *m_variants;
    QComboBox *m_python;
    QRadioButton *m_prebuilt;
    QRadioButton *m_source;
    QLabel *m_recommended;
    QPushButton *m_useRecommended;
    QLabel *m_verdict;
};

} // namespace dlstack::ui
