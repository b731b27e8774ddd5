using System;
using System.Buffers;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Reads blobs as text, one <see cref="Repository"/> per reader because LibGit2Sharp objects are not safe to share
/// across threads. Binary blobs, LFS pointers and blobs over the size cap come back as null, and are counted.
/// </summary>
internal sealed class BlobReader : IDisposable
{
    private readonly long maxBytes;
    private readonly ContentCounters counters;
    private readonly Repository? owned;

    public BlobReader(string repositoryPath, long maxBytes, ContentCounters counters)
        : this(new Repository(repositoryPath), maxBytes, counters, owns: true)
    {
    }

    public BlobReader(Repository repository, long maxBytes, ContentCounters counters)
        : this(repository, maxBytes, counters, owns: false)
    {
    }

    private BlobReader(Repository repository, long maxBytes, ContentCounters counters, bool owns)
    {
        Repository = repository;
        this.maxBytes = maxBytes;
        this.counters = counters;
        owned = owns ? repository : null;
    }

    public Repository Repository { get; }

    public string? Read(ObjectId id)
    {
        // The header alone gives the size: looking the blob up would inflate all of it just to skip it.
        var size = Repository.ObjectDatabase.RetrieveObjectMetadata(id).Size;
        if (size > maxBytes)
        {
            counters.SkippedLarge();
            return null;
        }

        var blob = Repository.Lookup<Blob>(id);
        if (blob is null)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
        try
        {
            using (var stream = blob.GetContentStream())
            {
                stream.ReadExactly(buffer, 0, (int)size);
            }

            var bytes = buffer.AsSpan(0, (int)size);
            var kind = TextDecoder.Classify(bytes);
            if (kind != ContentKind.Text)
            {
                counters.Skipped(kind);
                return null;
            }

            counters.Scanned(size);
            return TextDecoder.Decode(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => owned?.Dispose();
}
