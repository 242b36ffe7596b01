# SPDX-License-Identifier: GPL-3.0-or-later
# The fact sheet of a profile, rendered by the System page and `dlstack detect` alike.
target_sources(dlstack_matrix PRIVATE factsheet.h factsheet.cpp buildjobs.h cudasourcessection.h cudasourcessection.cpp)
