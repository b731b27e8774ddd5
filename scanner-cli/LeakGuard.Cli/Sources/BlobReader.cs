using System;
using System.Buffers;
using System.Collections.Generic;
using LeakGuard.Cli.Detect;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Reads blobs and scans them, one <see cref="Repository"/> per reader because LibGit2Sharp objects are not safe to
/// share across threads. Binary blobs, LFS pointers and blobs over the size cap are counted as skipped.
/// </summary>
internal sealed class BlobReader : IDisposable
{
    private readonly long maxBytes;
    private readonly ContentCounters counters;
    private readonly Repository? owned;

    public BlobReader(string repositoryPath, long maxBytes, ContentCounters counters)
        : this(GitLibrary.Open(repositoryPath), maxBytes, counters, owns: true)
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

    /// <summary>
    /// The secrets in a blob: a text blob's, or the key file a binary one is (<see cref="FragmentScanner.ScanKeyFile"/>).
    /// What is not text is counted as skipped either way.
    /// </summary>
    public IReadOnlyList<LocatedSecret> Scan(ObjectId id, FragmentScanner scanner, Action<string> warn)
    {
        // The header alone gives the size: looking the blob up would inflate all of it just to skip it.
        var size = Repository.ObjectDatabase.RetrieveObjectMetadata(id).Size;
        if (size > maxBytes)
        {
            counters.SkippedLarge();
            return [];
        }

        var blob = Repository.Lookup<Blob>(id);
        if (blob is null)
        {
            return [];
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
                // A key file was read (for what it is), not skipped.
                if (kind == ContentKind.Binary && scanner.ScanKeyFile(bytes) is { } keyFile)
                {
                    counters.Scanned(size);
                    return [keyFile];
                }

                counters.Skipped(kind);
                return [];
            }

            counters.Scanned(size);
            return scanner.Scan(TextDecoder.Decode(bytes), warn);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => owned?.Dispose();
}
