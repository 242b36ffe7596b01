// SPDX-License-Identifier: GPL-3.0-or-later
// Translator: loads dlstack's translation for a locale from :/i18n and answers Qt's
// lookups for classes in namespaces. lupdate (Qt 6.4) records the context of
// `namespace dlstack::ui { ... tr() ... }` as "ProfileModel", while Qt asks with the
// meta-object's full name "dlstack::ui::ProfileModel"; the namespace is dropped here. The
// strings of file-local `Tr` helpers that lupdate files under "Tr" are found there.
#pragma once

#include <QLocale>
#include <QTranslator>

namespace dlstack::support {

class Translator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    // Loads dlstack_<lang>.qm for the locale's UI languages; false when none matches.
    bool loadFor(const QLocale &locale);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace dlstack::support
