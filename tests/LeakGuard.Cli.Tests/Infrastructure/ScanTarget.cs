using System;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A repository or folder to scan, deleted with its owner.</summary>
internal sealed class ScanTarget(string path, IDisposable owner) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => owner.Dispose();
}
