// SPDX-License-Identifier: GPL-3.0-or-later
// Anchor of the data library: the files themselves are compiled in by qt_add_resources.
namespace dlstack::resources {
int anchor()
{
    return 0;
}
} // namespace dlstack::resources
