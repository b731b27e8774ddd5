using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

public sealed class ScanResult
{
    public static readonly ScanResult Empty = new(Array.Empty<SecretFinding>(), Array.Empty<string>());

    public ScanResult(IReadOnlyList<SecretFinding> findings, IReadOnlyList<string> warnings)
        : this(findings, warnings, takesKeyByName: false)
    {
    }

    public ScanResult(IReadOnlyList<SecretFinding> findings, IReadOnlyList<string> warnings, bool takesKeyByName)
    {
        Findings = findings;
        Warnings = warnings;
        TakesKeyByName = takesKeyByName;
    }

    /// <summary>Findings in order of their position in the text, at most one per span.</summary>
    public IReadOnlyList<SecretFinding> Findings { get; }

    /// <summary>
    /// Whether a rule's match takes its key by name (<c>…&amp;appid=${apiKey}</c>), whatever the text assigns that name:
    /// a part of a file cut from it may then hold a key that only such a use, elsewhere in the file, names.
    /// </summary>
    public bool TakesKeyByName { get; }

    /// <summary>What could not be checked, such as a rule whose pattern ran out of time; never contains a secret.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
