using System;
using System.Collections.Generic;
using System.Threading;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// A literal read as the command line reads it: inside the source around it. Some keys are only told apart by what
/// stands near them, and in C# that is often in the statement before (<c>string key = "rzp_live_…"; string secret =
/// "…";</c>) or in the code that uses the value (<c>const string KEY = "…";</c> a line above
/// <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes(KEY))</c>), not in the name the literal is bound to.
/// </summary>
internal static class NearbySource
{
    /// <summary>
    /// A password handed to a sign-in call (<c>new NetworkCredential("user", "…")</c>) may be this short; nothing
    /// shorter is reported.
    /// </summary>
    public const int MinimumLiteralLength = 8;

    private const int MaximumLiteralLength = 1_000;

    private const double MinimumEntropy = 2.5;

    /// <summary>
    /// Whether reading the source around the literal is worth its cost: the literal is neither too short nor too long,
    /// and not repetitive (a line of dashes, a run of one letter).
    /// </summary>
    public static bool MayHelp(string text)
    {
        var token = text.Trim();
        return token.Length is >= MinimumLiteralLength and <= MaximumLiteralLength && Entropy.Shannon(token) >= MinimumEntropy;
    }

    /// <summary>
    /// The findings that scanning the source around <paramref name="literal"/> (as far as the engine looks for context,
    /// with <paramref name="names"/> as context) places inside the literal, moved to positions in
    /// <paramref name="value"/>. A finding whose characters the value does not hold as written (an escape sequence
    /// inside it) is left out.
    /// </summary>
    public static List<SecretFinding> Scan(SecretScanner scanner, SyntaxTree tree, TextSpan literal, string value, string? names, CancellationToken cancellationToken)
    {
        var source = tree.GetText(cancellationToken);
        var window = TextSpan.FromBounds(Math.Max(0, literal.Start - SecretScanner.ContextWindow), Math.Min(source.Length, literal.End + SecretScanner.ContextWindow));
        var text = source.ToString(window);
        var inside = new List<SecretFinding>();
        foreach (var finding in scanner.Scan(text, names).Findings)
        {
            var start = window.Start + finding.Start;
            if (start < literal.Start || start + finding.Length > literal.End)
            {
                continue;
            }

            var at = value.IndexOf(text.Substring(finding.Start, finding.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                inside.Add(new SecretFinding(finding.Rule, at, finding.Length, finding.Secret, finding.IsVerified, finding.DecodedFrom));
            }
        }

        return inside;
    }
}
