using System;
using System.IO;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A folder under the temp path, deleted with everything in it (git makes pack files read-only).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
        : this(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leakguard-tests", Guid.NewGuid().ToString("N")))
    {
    }

    public TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }
}
