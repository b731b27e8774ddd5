using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

public sealed class ScanResult
{
    public static readonly ScanResult Empty = new(Array.Empty<SecretFinding>(), Array.Empty<string>());

    public ScanResult(IReadOnlyList<SecretFinding> findings, IReadOnlyList<string> warnings)
    {
        Findings = findings;
        Warnings = warnings;
    }

    /// <summary>Findings in order of their position in the text, at most one per span.</summary>
    public IReadOnlyList<SecretFinding> Findings { get; }

    /// <summary>What could not be checked, such as a rule whose pattern ran out of time; never contains a secret.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
