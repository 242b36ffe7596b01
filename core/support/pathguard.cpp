// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/pathguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace dlstack::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathGuard)
};

constexpr int kMaxLinks = 40; // the kernel's own limit for one lookup

// An owned file descriptor, closed when it goes.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

std::atomic_bool g_kernelLacksOpenat2{false}; // set at the first ENOSYS

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// The path with control characters written as \xNN, so a message shows where they are.
QString shown(const QString &path)
{
    QString out;
    for (const QChar c : path)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f
                   ? QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'))
                   : QString(c);
    return out;
}

QStringList components(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool startsWith(const QStringList &path, const QStringList &head)
{
    if (head.size() > path.size())
        return false;
    for (qsizetype i = 0; i < head.size(); ++i)
        if (path[i] != head[i])
            return false;
    return true;
}

bool inside(const QString &path, const QString &root)
{
    return startsWith(components(path), components(root));
}

// A root that may not exist yet: its longest existing ancestor resolved, the rest appended.
QString canonical(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QStringList tail;
    if (existing.isEmpty() || !QDir::isAbsolutePath(existing))
        return QString(); // no root: nothing can be beneath it
    while (!QFileInfo::exists(existing) && existing != u"/") {
        tail.prepend(QFileInfo(existing).fileName());
        existing = QFileInfo(existing).path();
    }
    QString real = QFileInfo(existing).canonicalFilePath();
    if (real.isEmpty())
        real = existing;
    for (const QString &part : tail)
        real += (real.endsWith(u'/') ? QString() : QStringLiteral("/")) + part;
    return real;
}

Fd openRoot(const QString &real)
{
    return Fd(::open(encoded(real).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
}

QString readLink(int dir, const QString &name)
{
    QByteArray buffer(4096, '\0');
    const ssize_t n = ::readlinkat(dir, encoded(name).constData(), buffer.data(), size_t(buffer.size()));
    return n <= 0 || n >= buffer.size() ? QString() : QFile::decodeName(buffer.left(n));
}

Error lookError(const QString &path, int error)
{
    return Error{Tr::tr("Could not look at %1.").arg(shown(path)), QString::fromLocal8Bit(std::strerror(error)),
                 Tr::tr("Check the permissions of the directories on the way.")};
}

} // namespace

PathGuard::PathGuard(const QStringList &roots, const QStringList &fences, Method method) : m_method(method)
{
    for (const QString &root : roots)
        if (!root.isEmpty() && QDir::isAbsolutePath(root)) // an unset cache is no root
            m_roots.append(Root{QDir::cleanPath(root), canonical(root)});
    for (const QString &fence : fences)
        m_fences.append(QDir::cleanPath(fence));
}

bool PathGuard::hasControlCharacter(const QString &path, QChar *found)
{
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            if (found)
                *found = c;
            return true;
        }
    }
    return false;
}

int PathGuard::rootOf(const QString &path, QStringList *rest) const
{
    // The outermost root that holds the path, so a link from a nested cache up into the
    // prefix still counts as inside.
    const QStringList parts = components(path);
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < m_roots.size(); ++i) {
        for (const QString &spelling : {m_roots[i].given, m_roots[i].real}) {
            const QStringList head = components(spelling);
            if (startsWith(parts, head) && (best < 0 || head.size() < bestLength)) {
                best = i;
                bestLength = head.size();
            }
        }
    }
    if (best >= 0 && rest)
        *rest = parts.mid(bestLength);
    return best;
}

int PathGuard::rootNamed(const QString &spelled) const
{
    for (int i = 0; i < m_roots.size(); ++i)
        if (components(m_roots[i].given) == components(spelled))
            return i;
    return -1;
}

Result<QString> PathGuard::resolve(const QString &path, Last last) const
{
    QChar bad;
    if (hasControlCharacter(path, &bad))
        return Error{Tr::tr("The path %1 contains the control character U+%2.")
                         .arg(shown(path))
                         .arg(uint(bad.unicode()), 4, 16, QLatin1Char('0')),
                     QString(), Tr::tr("Remove it: a path dlstack writes must be printable text.")};
    QStringList rest;
    const int root = QDir::isAbsolutePath(path) ? rootOf(path, &rest) : -1;
    if (root < 0) {
        QStringList roots;
        for (const Root &r : m_roots)
            roots.append(r.given);
        return Error{Tr::tr("The path %1 is outside %2.").arg(path, roots.join(QStringLiteral(", "))), QString(),
                     Tr::tr("Choose a path below one of them.")};
    }
    std::optional<QString> resolved;
    if (m_method == Method::Kernel)
        resolved = kernelResolve(root, rest, last);
    if (!resolved) {
        auto walked = walk(root, rest, last);
        if (!walked.ok())
            return walked.error();
        resolved = walked.value();
    }
    if (auto error = fenced(*resolved))
        return *error;
    return *resolved;
}

std::optional<QString> PathGuard::kernelResolve(int root, const QStringList &parts, Last last) const
{
    if (g_kernelLacksOpenat2.load())
        return std::nullopt;
    const Fd top = openRoot(m_roots[root].real);
    if (!top.valid())
        return std::nullopt;
    QStringList head = parts;
    QStringList tail;
    if (last == Last::Keep && !head.isEmpty()) {
        if (head.last() == u"." || head.last() == u"..")
            return std::nullopt;
        tail.append(head.takeLast());
    }
    qsizetype missing = 0; // leading tail components the kernel reported absent
    for (;;) {
        open_how how{};
        how.flags = O_PATH | O_CLOEXEC | (tail.isEmpty() ? 0 : O_DIRECTORY);
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
        const QByteArray relative = head.isEmpty() ? QByteArray(".") : encoded(head.join(u'/'));
        const long fd = ::syscall(SYS_openat2, top.get(), relative.constData(), &how, sizeof how);
        if (fd < 0) {
            if (errno == ENOSYS)
                g_kernelLacksOpenat2 = true;
            // Anything but "not there" (a link out, an absolute link, a loop) is for the walk to judge.
            if (errno != ENOENT || head.isEmpty() || head.last() == u"." || head.last() == u"..")
                return std::nullopt;
            tail.prepend(head.takeLast());
            ++missing;
            continue;
        }
        const Fd found{static_cast<int>(fd)};
        // The first absent name must be absent even as a link: a dangling link is followed later.
        struct stat st;
        if (missing > 0 && (::fstatat(found.get(), encoded(tail.first()).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 ||
                            errno != ENOENT))
            return std::nullopt;
        for (qsizetype i = 0; i < missing; ++i)
            if (tail[i] == u"." || tail[i] == u"..")
                return std::nullopt;
        QByteArray where(4096, '\0');
        const ssize_t n = ::readlink(QByteArray("/proc/self/fd/" + QByteArray::number(found.get())).constData(),
                                     where.data(), size_t(where.size()));
        if (n <= 0 || n >= where.size())
            return std::nullopt; // no /proc: the walk knows the way too
        const QStringList real = components(QFile::decodeName(where.left(n)));
        const QStringList realRoot = components(m_roots[root].real);
        if (!startsWith(real, realRoot))
            return std::nullopt;
        QStringList below = real.mid(realRoot.size()) + tail;
        return below.isEmpty() ? m_roots[root].given : m_roots[root].given + u'/' + below.join(u'/');
    }
}

Result<QString> PathGuard::walk(int root, QStringList queue, Last last) const
{
    const QString original = m_roots[root].given + u'/' + queue.join(u'/');
    std::vector<Fd> dirs; // dirs[0]: the root; dirs[i]: the directory names[0..i-1]
    dirs.push_back(openRoot(m_roots[root].real));
    QStringList names;
    bool fileAtEnd = false;
    int links = 0;
    QString link; // the last link followed and its target, for the messages
    QString target;
    auto spelled = [&] {
        return names.isEmpty() ? m_roots[root].given : m_roots[root].given + u'/' + names.join(u'/');
    };
    auto enter = [&](int next) {
        root = next;
        dirs.clear();
        dirs.push_back(openRoot(m_roots[root].real));
        names.clear();
    };
    auto notDirectory = [&] {
        return Error{Tr::tr("The path %1 cannot be used: %2 is not a directory.").arg(shown(original), spelled()),
                     QString(), Tr::tr("Remove that file or choose another path.")};
    };
    auto leadsOut = [&] {
        Error error{link.isEmpty() ? Tr::tr("The path %1 leads out of %2.").arg(shown(original), m_roots[root].given)
                                   : Tr::tr("The path %1 leads out of %2 through the symbolic link %3 (-> %4).")
                                         .arg(shown(original), m_roots[root].given, link, target),
                    QString(), QString()};
        QStringList roots;
        for (const Root &r : m_roots)
            roots.append(r.given);
        error.remedy = Tr::tr("dlstack writes only below %1. Remove or change that link, or choose another path.")
                           .arg(roots.join(QStringLiteral(", ")));
        return error;
    };
    while (!queue.isEmpty()) {
        const QString name = queue.takeFirst();
        if (name.isEmpty() || name == u".")
            continue;
        if (fileAtEnd)
            return notDirectory();
        if (name == u"..") {
            if (names.isEmpty())
                return leadsOut();
            names.removeLast();
            if (dirs.size() > size_t(names.size()) + 1)
                dirs.pop_back();
            continue;
        }
        const bool atDirectory = dirs.size() == size_t(names.size()) + 1 && dirs.back().valid();
        if (!atDirectory) { // below a missing directory: nothing there can be a link
            names.append(name);
            continue;
        }
        const QString here = spelled() + u'/' + name;
        struct stat st;
        if (::fstatat(dirs.back().get(), encoded(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT)
                return lookError(here, errno);
            names.append(name);
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            if (queue.isEmpty() && last == Last::Keep) {
                names.append(name);
                fileAtEnd = true;
                continue;
            }
            // A root reached by its own name (a cache at <prefix>/cache that links elsewhere).
            if (const int named = rootNamed(here); named >= 0 && named != root) {
                enter(named);
                continue;
            }
            if (++links > kMaxLinks)
                return Error{Tr::tr("The path %1 passes through more than %2 symbolic links.")
                                 .arg(shown(original))
                                 .arg(kMaxLinks),
                             QString(), Tr::tr("A link probably points at itself; remove it.")};
            link = here;
            target = readLink(dirs.back().get(), name);
            if (target.isEmpty())
                return lookError(here, errno);
            if (QDir::isAbsolutePath(target)) {
                QStringList rest;
                const int next = rootOf(target, &rest);
                if (next < 0)
                    return leadsOut();
                enter(next);
                queue = rest + queue;
            } else {
                queue = components(target) + queue;
            }
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            Fd dir(
                ::openat(dirs.back().get(), encoded(name).constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (!dir.valid())
                return lookError(here, errno);
            dirs.push_back(std::move(dir));
            names.append(name);
            continue;
        }
        names.append(name);
        fileAtEnd = true;
    }
    return spelled();
}

std::optional<Error> PathGuard::fenced(const QString &resolved) const
{
    // The innermost root holding the path decides: a fence does not apply to a root inside it.
    QString innermost;
    for (const Root &root : m_roots)
        if (inside(resolved, root.given) && components(root.given).size() > components(innermost).size())
            innermost = root.given;
    for (const QString &fence : m_fences)
        if (inside(resolved, fence) && !inside(innermost, fence))
            return Error{Tr::tr("The path %1 is inside %2, which plan steps may not change.").arg(resolved, fence),
                         QString(), Tr::tr("Choose a path outside %1.").arg(fence)};
    return std::nullopt;
}

} // namespace dlstack::support
