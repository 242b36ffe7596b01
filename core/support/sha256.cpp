// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/sha256.h"

#include <QFile>

#include <algorithm>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DLSTACK_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace dlstack::support {

namespace {

constexpr std::array<std::uint32_t, 8> kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef DLSTACK_SHA_NI
// The 64 round constants of FIPS 180-4, section 4.2.2.
alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// Hashes `blocks` 64-byte blocks into state (a..h). The SHA instructions keep the state
// as two vectors, {A,B,E,F} and {C,D,G,H}, and do two rounds per sha256rnds2; the message
// schedule for four rounds at a time comes from sha256msg1/sha256msg2.
__attribute__((target("sha,sse4.1,ssse3"))) void compressAccelerated(std::uint32_t *state, const unsigned char *data,
                                                                     std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4];
        for (int group = 0; group < 16; ++group) {
            __m128i &current = w[group % 4];
            if (group < 4) {
                current =
                    _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)), byteSwap);
            } else {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four words at a time.
                const __m128i &previous = w[(group + 3) % 4]; // W[t-4 .. t-1]
                const __m128i &older = w[(group + 2) % 4];    // W[t-8 .. t-5]
                __m128i next = _mm_sha256msg1_epu32(current, w[(group + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(previous, older, 4));
                current = _mm_sha256msg2_epu32(next, previous);
            }
            __m128i message =
                _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

// CPUID: leaf 7 EBX bit 29 is SHA; leaf 1 ECX bit 19 is SSE4.1 and bit 9 SSSE3. (Read
// directly: clang 14's __builtin_cpu_supports does not know "sha".)
bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool sse = (c & (1u << 19)) && (c & (1u << 9));
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return sse && (b & (1u << 29));
}
#endif

} // namespace

bool Sha256::hardwareAccelerated()
{
#ifdef DLSTACK_SHA_NI
    static const bool supported = cpuHasShaExtensions() && qEnvironmentVariableIsEmpty("DLSTACK_NO_SHA_NI");
    return supported;
#else
    return false;
#endif
}

Sha256::Sha256() : m_accelerated(hardwareAccelerated()), m_fallback(QCryptographicHash::Sha256)
{
    reset();
}

void Sha256::reset()
{
    m_state = kInitial;
    m_pendingSize = 0;
    m_length = 0;
    m_fallback.reset();
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_accelerated) {
        m_fallback.addData(data);
        return;
    }
#ifdef DLSTACK_SHA_NI
    auto bytes = reinterpret_cast<const unsigned char *>(data.data());
    std::size_t size = std::size_t(data.size());
    m_length += size;
    if (m_pendingSize > 0) {
        const std::size_t take = std::min<std::size_t>(size, 64 - std::size_t(m_pendingSize));
        std::memcpy(m_pending.data() + m_pendingSize, bytes, take);
        m_pendingSize += int(take);
        bytes += take;
        size -= take;
        if (m_pendingSize < 64)
            return;
        compressAccelerated(m_state.data(), m_pending.data(), 1);
        m_pendingSize = 0;
    }
    if (size >= 64) {
        compressAccelerated(m_state.data(), bytes, size / 64);
        bytes += size - size % 64;
        size %= 64;
    }
    std::memcpy(m_pending.data(), bytes, size);
    m_pendingSize = int(size);
#endif
}

bool Sha256::addData(QIODevice &device)
{
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return device.atEnd();
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result() const
{
    if (!m_accelerated)
        return m_fallback.result();
    QByteArray out(32, Qt::Uninitialized);
#ifdef DLSTACK_SHA_NI
    // Padding (FIPS 180-4, 5.1.1): 0x80, zeros to 56 mod 64, the bit length big-endian.
    std::array<std::uint32_t, 8> state = m_state;
    unsigned char tail[128] = {};
    std::memcpy(tail, m_pending.data(), std::size_t(m_pendingSize));
    tail[m_pendingSize] = 0x80;
    const std::size_t tailSize = m_pendingSize < 56 ? 64 : 128;
    const std::uint64_t bits = m_length * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compressAccelerated(state.data(), tail, tailSize / 64);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = char(state[i] >> 24);
        out[4 * i + 1] = char(state[i] >> 16);
        out[4 * i + 2] = char(state[i] >> 8);
        out[4 * i + 3] = char(state[i]);
    }
#endif
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

bool Sha256::isHex(QStringView digest)
{
    return digest.size() == 64 && std::all_of(digest.begin(), digest.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString Sha256::hexOfFile(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dlstack::support
