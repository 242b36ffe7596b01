// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/translator.h"

namespace dlstack::support {

bool Translator::loadFor(const QLocale &locale)
{
    // Languages without a translation (and the C locale of scripts) get the English plural
    // forms, so that "%n step(s)" reads "1 step" / "2 steps".
    return load(locale, QStringLiteral("dlstack"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
           load(QStringLiteral("dlstack_en"), QStringLiteral(":/i18n"));
}

QString Translator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (result.isEmpty() && context) {
        const char *bare = context;
        for (const char *p = context; *p; ++p) {
            if (p[0] == ':' && p[1] == ':')
                bare = p + 2;
        }
        if (bare != context)
            result = QTranslator::translate(bare, sourceText, disambiguation, n);
    }
    // The file-local `struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };` helpers: lupdate loses
    // their namespace after a namespace-qualified return type (`support::Error f()`) and
    // records their strings under "Tr" instead of the context Qt asks for.
    if (result.isEmpty() && context && qstrcmp(context, "Tr") != 0)
        result = QTranslator::translate("Tr", sourceText, disambiguation, n);
    return result;
}

} // namespace dlstack::support
