using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine.Configuration;

/// <summary>
/// Findings to ignore: a finding is allowed when its path matches a glob, or when a regex matches its
/// <see cref="RegexTarget"/>, or when its secret contains a stopword (case-insensitive).
/// </summary>
public sealed class Allowlist
{
    private readonly Lazy<IReadOnlyList<Regex>> regexes;
    private readonly int regexCount;

    public Allowlist(IReadOnlyList<string> paths, IReadOnlyList<Regex> regexes, IReadOnlyList<string> stopwords, AllowlistTarget regexTarget)
        : this(paths, Eager(regexes ?? throw new ArgumentNullException(nameof(regexes))), regexes.Count, stopwords, regexTarget)
    {
    }

    private Allowlist(IReadOnlyList<string> paths, Lazy<IReadOnlyList<Regex>> regexes, int regexCount, IReadOnlyList<string> stopwords, AllowlistTarget regexTarget)
    {
        Paths = paths ?? throw new ArgumentNullException(nameof(paths));
        this.regexes = regexes;
        this.regexCount = regexCount;
        Stopwords = stopwords ?? throw new ArgumentNullException(nameof(stopwords));
        RegexTarget = regexTarget;
        PathMatcher = new PathGlobs(paths);
    }

    public static Allowlist Empty { get; } = new(Array.Empty<string>(), Array.Empty<Regex>(), Array.Empty<string>(), AllowlistTarget.Secret);

    /// <summary>Globs over paths relative to the configuration file, with forward slashes (<c>**/testdata/**</c>).</summary>
    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<Regex> Regexes => regexes.Value;

    public IReadOnlyList<string> Stopwords { get; }

    public AllowlistTarget RegexTarget { get; }

    public bool IsEmpty => Paths.Count == 0 && regexCount == 0 && Stopwords.Count == 0;

    private PathGlobs PathMatcher { get; }

    public bool AllowsPath(string relativePath) => PathMatcher.Matches(relativePath);

    /// <summary>Whether the secret is allowed by a regex or stopword; <paramref name="line"/> is read only for the line target.</summary>
    public bool AllowsSecret(string secret, string match, Func<string> line)
    {
        if (Stopwords.Any(w => secret.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        if (regexCount == 0)
        {
            return false;
        }

        var target = RegexTarget switch
        {
            AllowlistTarget.Match => match,
            AllowlistTarget.Line => line(),
            _ => secret,
        };
        return Regexes.Any(r => r.IsMatch(target));
    }

    /// <summary>
    /// An allowlist of <paramref name="patterns"/> that are compiled on first use: a built-in rule's allowlist costs
    /// tens of milliseconds to build, which a pre-commit check whose text never reaches the rule should not pay.
    /// </summary>
    internal static Allowlist OfPatterns(AllowlistTarget target, params string[] patterns) => new(
        Array.Empty<string>(),
        new Lazy<IReadOnlyList<Regex>>(() => patterns.Select(p => CompiledRule.Build(p, TimeSpan.FromMilliseconds(100))).ToArray()),
        patterns.Length,
        Array.Empty<string>(),
        target);

    private static Lazy<IReadOnlyList<Regex>> Eager(IReadOnlyList<Regex> regexes) => new(() => regexes);
}
