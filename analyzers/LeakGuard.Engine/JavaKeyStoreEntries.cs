using System;
using System.Buffers.Binary;

namespace LeakGuard.Engine;

/// <summary>
/// Reads a Java keystore's entries far enough to tell a key store from a trust store: JKS (magic <c>FEEDFEED</c>) and
/// JCEKS (<c>CECECECE</c>), version 1 or 2, each entry a tag (1 private key, 2 trusted certificate, 3 secret key, JCEKS
/// only), an alias, a date, then the key and its certificate chain, or the certificate. Whatever does not parse is not
/// a keystore.
/// </summary>
internal static class JavaKeyStoreEntries
{
    private const uint Jks = 0xFEEDFEED;
    private const uint Jceks = 0xCECECECE;
    private const int PrivateKey = 1;
    private const int TrustedCertificate = 2;
    private const int SecretKey = 3;
    private const uint SerializedObject = 0xACED;

    public static bool HoldsKey(ReadOnlySpan<byte> content)
    {
        if (content.Length < 12)
        {
            return false;
        }

        var magic = BinaryPrimitives.ReadUInt32BigEndian(content);
        var version = BinaryPrimitives.ReadInt32BigEndian(content.Slice(4));
        var count = BinaryPrimitives.ReadInt32BigEndian(content.Slice(8));
        if ((magic != Jks && magic != Jceks) || version is not (1 or 2) || count < 0)
        {
            return false;
        }

        var reader = new Reader(content.Slice(12));
        for (var entry = 0; entry < count; entry++)
        {
            var tag = reader.Int();
            if (tag == PrivateKey)
            {
                // The entry still has to be well formed up to its key: an alias and a date, then a key of some length.
                return reader.Utf() && reader.Skip(8) && reader.Int() > 0;
            }

            if (tag == SecretKey && magic == Jceks)
            {
                // A secret key is stored as a serialized Java object, whose stream starts with AC ED.
                return reader.Utf() && reader.Skip(8) && (uint)reader.Int() >> 16 == SerializedObject;
            }

            if (tag != TrustedCertificate || !reader.Utf() || !reader.Skip(8) || !reader.Certificate(version))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A cursor over the entries; every read is bounds-checked, and a failed read leaves it failed.</summary>
    private ref struct Reader
    {
        private ReadOnlySpan<byte> rest;

        public Reader(ReadOnlySpan<byte> entries) => rest = entries;

        /// <summary>A big-endian int, or -1 past the end (no tag or length is negative).</summary>
        public int Int()
        {
            if (rest.Length < 4)
            {
                rest = default;
                return -1;
            }

            var value = BinaryPrimitives.ReadInt32BigEndian(rest);
            rest = rest.Slice(4);
            return value;
        }

        public bool Skip(int bytes)
        {
            if (bytes < 0 || rest.Length < bytes)
            {
                rest = default;
                return false;
            }

            rest = rest.Slice(bytes);
            return true;
        }

        /// <summary>A string as Java's DataOutput writes it: an unsigned 16-bit length, then the bytes.</summary>
        public bool Utf() => rest.Length >= 2 && Skip(2 + BinaryPrimitives.ReadUInt16BigEndian(rest));

        /// <summary>A certificate: its type's name (version 2 only), then its length and bytes.</summary>
        public bool Certificate(int version) => (version == 1 || Utf()) && Skip(Int());
    }
}
