using System;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The size and kind of every blob read, by object number: two arrays as long as the object table, five bytes an
/// object, where a dictionary took some fifty bytes a blob and twice that while it grew. Every stored object is
/// numbered before the first is read, so the arrays are sized once.
/// </summary>
internal sealed class BlobHeaders(ObjectTable ids)
{
    private uint[] sizes = [];

    /// <summary>The blob's <see cref="ContentKind"/> + 1; 0 for an object that is not a blob read.</summary>
    private byte[] kinds = [];

    /// <summary>Records a blob; a size past 4 GB is kept as 4 GB, since sizes are only compared with the scan limit (at most 512 MB).</summary>
    public void Set(int blob, long size, ContentKind kind)
    {
        if (blob >= sizes.Length)
        {
            var length = Math.Max(blob + 1, Math.Max(ids.Count, sizes.Length * 2));
            Array.Resize(ref sizes, length);
            Array.Resize(ref kinds, length);
        }

        sizes[blob] = (uint)Math.Min(size, uint.MaxValue);
        kinds[blob] = (byte)(kind + 1);
    }

    public bool TryGet(int blob, out long size, out ContentKind kind)
    {
        if (blob < kinds.Length && kinds[blob] != 0)
        {
            (size, kind) = (sizes[blob], (ContentKind)(kinds[blob] - 1));
            return true;
        }

        (size, kind) = (0, default);
        return false;
    }
}
