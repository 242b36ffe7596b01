// SPDX-License-Identifier: GPL-3.0-or-later
// Anchor of the translations library: the .qm files are compiled in under :/i18n.
namespace dlstack::i18n {
int anchor()
{
    return 0;
}
} // namespace dlstack::i18n
