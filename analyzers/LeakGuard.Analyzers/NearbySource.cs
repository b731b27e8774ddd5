using System;
using System.Collections.Generic;
using System.Threading;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// A literal read as the command line reads it: inside its file. Some keys are only told apart by what stands near
/// them, and in C# that is often in the statement before (<c>string key = "rzp_live_…"; string secret = "…";</c>), in
/// the code that uses the value (<c>const string KEY = "…";</c> a line above
/// <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes(KEY))</c>) or in the call it is handed to
/// (<c>new NetworkCredential("user", "…")</c>), not in the name the literal is bound to.
/// </summary>
internal static class NearbySource
{
    /// <summary>
    /// A password handed to a sign-in call may be this short; a shorter literal is not looked at.
    /// </summary>
    public const int MinimumLiteralLength = 8;

    /// <summary>
    /// The providers' keys that reading the file places inside <paramref name="literal"/>, moved to positions in
    /// <paramref name="value"/>. A key whose characters the value does not hold as written (an escape sequence inside
    /// it) is left out.
    /// </summary>
    public static List<SecretFinding> Scan(ConfiguredScan scan, SyntaxTree tree, TextSpan literal, string value, CancellationToken cancellationToken)
    {
        var inside = new List<SecretFinding>();
        string? source = null;
        foreach (var finding in scan.ProviderKeysIn(tree, cancellationToken))
        {
            if (finding.Start < literal.Start || finding.End > literal.End)
            {
                continue;
            }

            source ??= tree.GetText(cancellationToken).ToString(literal);
            var at = value.IndexOf(source.Substring(finding.Start - literal.Start, finding.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                inside.Add(new SecretFinding(finding.Rule, at, finding.Length, finding.Secret, finding.IsVerified, finding.DecodedFrom));
            }
        }

        return inside;
    }
}
