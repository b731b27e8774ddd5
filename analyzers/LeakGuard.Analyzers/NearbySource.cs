using System;
using System.Threading;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// The source around a literal, as the command line sees it around a match: a format that cannot identify itself
/// (32 hex digits, a Razorpay secret) is reported when its provider's keyword stands near it, and in C# that keyword is
/// often in the statement before (<c>string key = "rzp_live_…"; string secret = "…";</c>) rather than in the name.
/// </summary>
internal static class NearbySource
{
    private const int MaximumTokenLength = 1_000;

    private const double MinimumEntropy = 3;

    /// <summary>
    /// Whether the literal looks like a token, the only kind of text a nearby keyword can make a secret of: no
    /// whitespace inside (a trailing newline is allowed), and random enough. Prose, paths and identifiers are not worth
    /// reading their surroundings for.
    /// </summary>
    public static bool MayHelp(string text)
    {
        var token = text.Trim();
        if (token.Length > MaximumTokenLength)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return Entropy.Shannon(token) >= MinimumEntropy;
    }

    /// <summary>The names the value is bound to, then the source on either side of the literal, as far as the engine looks.</summary>
    public static string Around(SyntaxTree tree, TextSpan literal, string? names, CancellationToken cancellationToken)
    {
        var source = tree.GetText(cancellationToken);
        var before = TextSpan.FromBounds(Math.Max(0, literal.Start - SecretScanner.ContextWindow), literal.Start);
        var after = TextSpan.FromBounds(literal.End, Math.Min(source.Length, literal.End + SecretScanner.ContextWindow));
        return names + "\n" + source.ToString(before) + "\n" + source.ToString(after);
    }
}
