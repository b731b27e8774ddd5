using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LeakGuard.Engine.Configuration;
using LeakGuard.Engine.Decoding;
using LeakGuard.Engine.Rules;

namespace LeakGuard.Engine;

/// <summary>
/// The detection engine: takes text, returns findings with exact spans. It knows nothing of Roslyn, files or git,
/// so the analyzer and the command line agree by construction. Instances are immutable and thread-safe.
/// </summary>
public sealed class SecretScanner
{
    /// <summary>How far before or after a match a context keyword may stand.</summary>
    public const int ContextWindow = 256;

    /// <summary>How deep encodings are unwrapped: base64 inside base64 is found, a third layer is not.</summary>
    public const int MaxDecodeDepth = 2;

    /// <summary>How many decoded characters one scan may produce, so that a text full of base64 stays cheap.</summary>
    public const int MaxDecodedCharacters = 64 * 1024;

    private static readonly Lazy<SecretScanner> DefaultScanner = new(() => new SecretScanner(BuiltInRules.All));

    private readonly CompiledRule[] rules;
    private readonly KeywordFilter filter;
    private readonly Allowlist allowlist;
    private SecretScanner? withoutLowConfidenceRules;

    public SecretScanner(IEnumerable<SecretRule> rules)
        : this(rules, TimeSpan.FromMilliseconds(500))
    {
    }

    public SecretScanner(IEnumerable<SecretRule> rules, TimeSpan regexTimeout)
        : this(rules, regexTimeout, Allowlist.Empty)
    {
    }

    /// <param name="rules">The rules to run.</param>
    /// <param name="regexTimeout">How long one pattern may run on one text.</param>
    /// <param name="allowlist">Findings of any rule to ignore (its regexes and stopwords; paths are the caller's).</param>
    public SecretScanner(IEnumerable<SecretRule> rules, TimeSpan regexTimeout, Allowlist allowlist)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        this.rules = rules.Select(r => new CompiledRule(r, regexTimeout)).ToArray();
        filter = new KeywordFilter(this.rules.Select(r => r.Rule).ToArray());
        this.allowlist = allowlist ?? throw new ArgumentNullException(nameof(allowlist));
    }

    private SecretScanner(CompiledRule[] rules, Allowlist allowlist)
    {
        this.rules = rules;
        filter = new KeywordFilter(rules.Select(r => r.Rule).ToArray());
        this.allowlist = allowlist;
    }

    /// <summary>A scanner with every built-in rule.</summary>
    public static SecretScanner Default => DefaultScanner.Value;

    public IReadOnlyList<SecretRule> Rules => rules.Select(r => r.Rule).ToArray();

    /// <summary>
    /// This scanner without its low-confidence rules (the generic ones), its compiled patterns and allowlist shared:
    /// for callers that only want a provider's keys, at a fraction of the cost on text full of secret-sounding words.
    /// Built once per scanner.
    /// </summary>
    public SecretScanner WithoutLowConfidenceRules() =>
        withoutLowConfidenceRules ??= new SecretScanner(rules.Where(r => r.Rule.Confidence != Confidence.Low).ToArray(), allowlist);

    /// <summary>Scans <paramref name="text"/>.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="context">
    /// Text that says what <paramref name="text"/> is (the name a literal is assigned to, a JSON key): searched for
    /// keywords and context keywords, never for secrets.
    /// </param>
    public ScanResult Scan(string text, string? context = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ScanResult.Empty;
        }

        return Result(text, context, null);
    }

#if NET
    /// <summary>
    /// Scans <paramref name="text"/> as <see cref="Scan(string, string?)"/> does without context, with the same result,
    /// but makes a string of it only when a rule's pattern matches somewhere or an encoded run decodes to text: a caller
    /// holding much text in a buffer (every blob of a history) makes one for the few texts that need it. The keyword
    /// pass runs once, and only the rules whose pattern matched run again on the string, to place their matches.
    /// </summary>
    public ScanResult Scan(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return ScanResult.Empty;
        }

        var active = new bool[rules.Length];
        filter.MarkActive(text, active);
        var anyMatch = false;
        for (var i = 0; i < rules.Length; i++)
        {
            try
            {
                active[i] = active[i] && rules[i].Regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // Left active: the scan of the string runs the pattern again and says that it ran out of time.
            }

            anyMatch |= active[i];
        }

        var budget = new DecodeBudget(MaxDecodedCharacters);
        if (!anyMatch && !Base64Runs.Any(text, budget) && !PercentRuns.Any(text))
        {
            return ScanResult.Empty;
        }

        return Result(text.ToString(), null, active);
    }

#endif
    /// <param name="active">The rules to run on the text, when the caller knows them already; null to run the keyword pass.</param>
    private ScanResult Result(string text, string? context, bool[]? active)
    {
        List<string>? warnings = null;
        var takesKeyByName = false;
        var findings = ScanText(text, context, 0, new DecodeBudget(MaxDecodedCharacters), ref warnings, ref takesKeyByName, active);
        if (findings is null && warnings is null && !takesKeyByName)
        {
            return ScanResult.Empty;
        }

        return new ScanResult((IReadOnlyList<SecretFinding>?)findings ?? Array.Empty<SecretFinding>(), (IReadOnlyList<string>?)warnings ?? Array.Empty<string>(), takesKeyByName);
    }

    /// <param name="takesKeyByName">Set when a rule's match takes its key by name (<see cref="ScanResult.TakesKeyByName"/>).</param>
    private List<SecretFinding>? ScanText(string text, string? context, int depth, DecodeBudget budget, ref List<string>? warnings, ref bool takesKeyByName, bool[]? active)
    {
        if (active is null)
        {
            active = new bool[rules.Length];
            filter.MarkActive(context is null ? text : text + "\n" + context, active);
        }

        List<SecretFinding>? findings = null;
        bool? holdsMarker = null;
        for (var i = 0; i < rules.Length; i++)
        {
            if (!active[i])
            {
                continue;
            }

            try
            {
                takesKeyByName |= Match(rules[i], text, context, ref findings, ref holdsMarker);
            }
            catch (RegexMatchTimeoutException)
            {
                (warnings ??= new List<string>()).Add($"rule '{rules[i].Rule.Id}' ran out of time on a {text.Length}-character text and was skipped");
            }
        }

        if (findings is not null)
        {
            findings = RemoveOverlaps(findings);
        }

        return depth < MaxDecodeDepth ? AddDecoded(text, context, depth, budget, findings, ref warnings, ref takesKeyByName) : findings;
    }

    /// <summary>
    /// Scans what encoded runs decode to, and reports a secret found there at the encoded run, unless a secret found
    /// in the text itself, as confident or more, already covers that span.
    /// </summary>
    private List<SecretFinding>? AddDecoded(string text, string? context, int depth, DecodeBudget budget, List<SecretFinding>? findings, ref List<string>? warnings, ref bool takesKeyByName)
    {
        var added = false;
        foreach (var run in Base64Runs.Find(text, budget).Concat(PercentRuns.Find(text, budget)))
        {
            var inner = ScanText(run.Decoded, Surroundings(text, run, context), depth + 1, budget, ref warnings, ref takesKeyByName, null);
            if (inner is null)
            {
                continue;
            }

            foreach (var finding in inner)
            {
                var (start, length) = run.Map(finding.Start, finding.Length);
                if (SurroundingsTellOtherwise(finding.Rule, text, start, start, start + length)
                    || (findings is not null && !GiveWay(findings, start, start + length, finding.Rule.Confidence)))
                {
                    continue;
                }

                (findings ??= new List<SecretFinding>()).Add(new SecretFinding(finding.Rule, start, length, finding.Secret, finding.IsVerified, finding.DecodedFrom ?? run.Encoding));
                added = true;
            }
        }

        if (added && findings is not null)
        {
            findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return findings;
    }

    /// <summary>
    /// Removes the findings over [<paramref name="start"/>, <paramref name="end"/>) when all are less confident than a
    /// secret found in what that span decodes to (a Kubernetes Secret's value that is an OpenAI key is reported as the
    /// key); false, removing none, when one is as confident.
    /// </summary>
    private static bool GiveWay(List<SecretFinding> findings, int start, int end, Confidence confidence)
    {
        if (findings.Any(f => f.Start < end && start < f.End && f.Rule.Confidence >= confidence))
        {
            return false;
        }

        findings.RemoveAll(f => f.Start < end && start < f.End);
        return true;
    }

    // The decoded text is often just the key; the words around the encoded run say what it is.
    private static string Surroundings(string text, EncodedRun run, string? context)
    {
        var from = Math.Max(0, run.Start - ContextWindow);
        var to = Math.Min(text.Length, run.Start + run.Length + ContextWindow);
        var around = text.Substring(from, run.Start - from) + "\n" + text.Substring(run.Start + run.Length, to - run.Start - run.Length);
        return context is null ? around : around + "\n" + context;
    }

    /// <param name="holdsMarker">
    /// Whether the text holds an allow marker anywhere, found out at the first secret: a secret on a line of a megabyte
    /// (minified code) then costs no search of that line, in a text without markers.
    /// </param>
    /// <returns>Whether a match took its key by name.</returns>
    private bool Match(CompiledRule compiled, string text, string? context, ref List<SecretFinding>? findings, ref bool? holdsMarker)
    {
        var named = compiled.ReferencedShape is { } shape ? new NamedLiterals(text, shape) : null;
        bool? importsProvider = null;
        if (compiled.Rule.Regions is { } regions)
        {
            foreach (var (start, length) in regions(text))
            {
                var match = compiled.Regex.Match(text, start, length);
                if (match.Success && match.Index == start && match.Length == length)
                {
                    Consider(compiled, text, context, match, named, ref findings, ref holdsMarker, ref importsProvider);
                }
            }

            return named?.AnyTaken ?? false;
        }

        // Patterns consume the boundary character after a secret; the next search resumes at the end of the secret
        // so that the same character can also be the boundary before the next one ("key1 key2", "key1,key2").
        for (var match = compiled.Regex.Match(text, 0); match.Success; match = compiled.Regex.Match(text, ResumeAt(compiled, text, match)))
        {
            if (compiled.StartsAtBoundary(text, match.Index))
            {
                Consider(compiled, text, context, match, named, ref findings, ref holdsMarker, ref importsProvider);
            }
        }

        return named?.AnyTaken ?? false;
    }

    /// <summary>Adds the secret of <paramref name="match"/> to <paramref name="findings"/> when it passes the rule's checks.</summary>
    /// <param name="named">The literals the rule's matches name in the text, for a rule whose pattern may name its secret.</param>
    /// <param name="importsProvider">Whether the text imports the rule's provider's package, found out at the first candidate that needs it.</param>
    private void Consider(CompiledRule compiled, string text, string? context, Match match, NamedLiterals? named, ref List<SecretFinding>? findings, ref bool? holdsMarker, ref bool? importsProvider)
    {
        if (compiled.AssignedNameGroup >= 0 && match.Groups[compiled.AssignedNameGroup] is { Success: true } assigned
            && !ContextKeyword.StartsWord(text, assigned.Index))
        {
            return;
        }

        var group = compiled.SecretGroup >= 0 ? match.Groups[compiled.SecretGroup] : match;
        if (group.Success && group.Length > 0)
        {
            Consider(compiled.Rule, text, context, new MatchSpan(match.Index, match.Length, group.Index, group.Length, match.Index), ref findings, ref holdsMarker, ref importsProvider);
            return;
        }

        if (named is not null && compiled.ReferenceGroup >= 0 && match.Groups[compiled.ReferenceGroup] is { Success: true } name
            && (compiled.HostlessGroup < 0 || !match.Groups[compiled.HostlessGroup].Success || KeywordNear(compiled.Rule, text, match)))
        {
            foreach (var literal in named.Of(name.Value))
            {
                var span = new MatchSpan(match.Index, match.Length, literal.Start, literal.Length, literal.NameStart, ByName: true);
                Consider(compiled.Rule, text, context, span, ref findings, ref holdsMarker, ref importsProvider);
            }
        }
    }

    private void Consider(SecretRule rule, string text, string? context, MatchSpan span, ref List<SecretFinding>? findings, ref bool? holdsMarker, ref bool? importsProvider)
    {
        var secret = text.Substring(span.SecretStart, span.SecretLength);
        if (rule.MinEntropy > 0 && Entropy.Shannon(secret) < rule.MinEntropy)
        {
            return;
        }

        if (rule.SkipPlaceholders && (rule.RunsBelongToFormat ? Placeholders.HasPlaceholderWord(secret) : Placeholders.IsPlaceholder(secret, rule.MadeLocally)))
        {
            return;
        }

        if (rule.ContextKeywords.Count > 0
            && (!HasContext(rule, text, span, context, ref importsProvider) || ForeignUrlPath.Holds(text, span.SecretStart, rule.ContextKeywords)))
        {
            return;
        }

        if (rule.ContextKeywords.Count > 0 && rule.Confidence < Confidence.High && ForeignProviderName.Holds(rule, text, span.NameStart, span.SecretStart))
        {
            return;
        }

        if (rule.ClientSideMarkers.Count > 0 && IsClientSide(rule, text, span.MatchStart, span.MatchLength, context))
        {
            return;
        }

        if (rule.PublicNames.Count > 0 && AssignedName.Holds(text, span.NameStart, span.SecretStart, rule.PublicNames))
        {
            return;
        }

        if (rule.ContextNamesProvider && TypedIdPrefix.Precedes(text, span.SecretStart))
        {
            return;
        }

        if (IntegrityHash.Contains(text, span.SecretStart)
            || GitObjectReference.IsAt(text, span.SecretStart, span.SecretLength)
            || ElasticCloudId.Holds(text, span.SecretStart, span.SecretLength)
            || Base64Blob.Holds(text, span.SecretStart, span.SecretLength)
            || PercentEscape.Splits(text, span.SecretStart, span.SecretLength))
        {
            return;
        }

        if (rule.IsPlausible is not null && !rule.IsPlausible(secret))
        {
            return;
        }

        if (SurroundingsTellOtherwise(rule, text, span.NameStart, span.SecretStart, span.SecretStart + span.SecretLength))
        {
            return;
        }

        if (rule.IsLive is not null && !rule.IsLive(Line(text, span.SecretStart), secret))
        {
            return;
        }

        var verified = false;
        if (rule.Validator is not null)
        {
            if (!rule.Validator(secret))
            {
                return;
            }

            verified = true;
        }

        if (PublishedKeys.Contains(secret))
        {
            return;
        }

        holdsMarker ??= AllowMarker.Contains(text, 0, text.Length);
        if ((holdsMarker.Value && AllowMarker.IsOnLine(text, span.SecretStart)) || IsAllowlisted(rule, secret, span, text))
        {
            return;
        }

        (findings ??= new List<SecretFinding>()).Add(new SecretFinding(rule, span.SecretStart, secret, verified)
        {
            NameDistance = span.ByName ? Math.Abs(span.MatchStart - span.SecretStart) : null,
        });
    }

    /// <summary>
    /// Whether, for a format that needs context, the text around the value says it is something else: it is named as an
    /// identifier or a digest, a comment after it calls it a digest, or it is given as an example. A value found in what
    /// an encoded run decodes to is judged by the run's own surroundings.
    /// </summary>
    private static bool SurroundingsTellOtherwise(SecretRule rule, string text, int matchStart, int secretStart, int secretEnd) =>
        rule.Confidence < Confidence.High
        && (AssignedName.NamesAnIdentifier(text, matchStart, secretStart)
            || AssignedName.NamesADigest(text, matchStart, secretStart)
            || DigestComment.Follows(text, secretEnd)
            || DocumentedExample.Precedes(text, secretStart)
            || UrlQueryValue.IsUnnamedParameter(text, secretStart)
            || JwtPart.Holds(text, secretStart));

    /// <summary>
    /// Whether an allowlist lets the secret pass, judged by the secret, the line that holds it and what the rule matched:
    /// for a literal found through a name, its assignment.
    /// </summary>
    private bool IsAllowlisted(SecretRule rule, string secret, MatchSpan span, string text)
    {
        if (rule.Allowlist is null && allowlist.IsEmpty)
        {
            return false;
        }

        var matched = span.ByName
            ? text.Substring(span.NameStart, span.SecretStart + span.SecretLength - span.NameStart)
            : text.Substring(span.MatchStart, span.MatchLength);
        Func<string> line = () => Line(text, span.SecretStart);
        return (rule.Allowlist is not null && rule.Allowlist.AllowsSecret(secret, matched, line))
            || (!allowlist.IsEmpty && allowlist.AllowsSecret(secret, matched, line));
    }

    private static string Line(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var end = text.IndexOf('\n', at);
        return text.Substring(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
    }

    private static int ResumeAt(CompiledRule compiled, string text, Match match)
    {
        if (!compiled.StartsAtBoundary(text, match.Index))
        {
            return match.Index + 1;
        }

        var group = compiled.SecretGroup >= 0 ? match.Groups[compiled.SecretGroup] : match;
        if (group.Success && group.Length > 0)
        {
            return Math.Max(group.Index + group.Length, match.Index + 1);
        }

        // What a match took for a name may be the key itself, written bare (OPENWEATHER_APPID=e3b0…): the search goes on
        // from the character before it, which a token's leading boundary takes.
        if (compiled.ReferenceGroup >= 0 && match.Groups[compiled.ReferenceGroup] is { Success: true } name)
        {
            return Math.Max(name.Index - 1, match.Index + 1);
        }

        return Math.Max(match.Index + match.Length, match.Index + 1);
    }

    private static bool HasContext(SecretRule rule, string text, MatchSpan span, string? context, ref bool? importsProvider)
    {
        var from = Math.Max(0, span.MatchStart - ContextWindow);
        var to = Math.Min(text.Length, span.MatchStart + span.MatchLength + ContextWindow);
        foreach (var keyword in rule.ContextKeywords)
        {
            if (ContextKeyword.OccursIn(text, keyword, from, to, span.SecretStart, span.SecretStart + span.SecretLength)
                || (context is not null && context.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        // A key under a credential's name in a file that imports the provider's package, however far below the import.
        return rule.ContextNamesProvider
            && AssignedName.NamesACredential(text, span.NameStart, span.SecretStart)
            && (importsProvider ??= ImportedPackage.Named(text, rule.ContextKeywords));
    }

    /// <summary>Whether one of the rule's keywords (a host, the provider's name) stands within the context window of the match.</summary>
    private static bool KeywordNear(SecretRule rule, string text, Match match)
    {
        var from = Math.Max(0, match.Index - ContextWindow);
        var to = Math.Min(text.Length, match.Index + match.Length + ContextWindow);
        return rule.Keywords.Any(keyword => keyword.Length > 0 && ContextKeyword.OccursIn(text, keyword, from, to, match.Index, match.Index));
    }

    private static bool IsClientSide(SecretRule rule, string text, int start, int length, string? context)
    {
        var from = Math.Max(0, start - ContextWindow);
        var to = Math.Min(text.Length, start + length + ContextWindow);
        foreach (var marker in rule.ClientSideMarkers)
        {
            if (text.IndexOf(marker, from, to - from, StringComparison.OrdinalIgnoreCase) >= 0
                || (context is not null && context.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where two rules claim overlapping text, keeps the more confident, then the longer, then the earlier rule. Findings
    /// that overlap come in small clusters (two rules on one key), and a finding in one cluster never overlaps one in
    /// another: each cluster is ranked on its own, which keeps the same findings as ranking them all, and a text full of
    /// keys (a dump of thousands) takes time in proportion to them rather than to their square.
    /// </summary>
    internal static List<SecretFinding> RemoveOverlaps(List<SecretFinding> findings)
    {
        if (findings.Count == 1)
        {
            return findings;
        }

        var byStart = findings.Select((f, order) => (Finding: f, Order: order)).OrderBy(x => x.Finding.Start).ToList();
        var kept = new List<SecretFinding>(findings.Count);
        var cluster = new List<(SecretFinding Finding, int Order)>();
        var clusterEnd = 0;
        foreach (var candidate in byStart)
        {
            if (cluster.Count > 0 && candidate.Finding.Start >= clusterEnd)
            {
                KeepRanked(cluster, kept);
                cluster.Clear();
            }

            clusterEnd = cluster.Count == 0 ? candidate.Finding.End : Math.Max(clusterEnd, candidate.Finding.End);
            cluster.Add(candidate);
        }

        KeepRanked(cluster, kept);
        return kept;
    }

    /// <summary>
    /// How strongly a finding claims its span: by its rule's confidence, and a literal found through a name that a
    /// provider's URL takes (a name may be given other providers' keys in other functions) below every rule that finds
    /// it by its own surroundings, above the generic rule and the fallback rules of medium confidence only (the provider
    /// it names says more than "a password"); of two such uses, the nearer claims it. A fallback rule
    /// (<see cref="SecretRule.IsFallback"/>) claims it below the other rules of its confidence.
    /// </summary>
    private static int Rank(SecretFinding finding) =>
        finding.NameDistance is not null ? (8 * (int)Confidence.Medium) + 3 : (8 * (int)finding.Rule.Confidence) + (finding.Rule.IsFallback ? 2 : 4);

    /// <summary>Adds to <paramref name="kept"/>, in order of position, the findings of one cluster that no better one overlaps.</summary>
    private static void KeepRanked(List<(SecretFinding Finding, int Order)> cluster, List<SecretFinding> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0].Finding);
            return;
        }

        var ranked = cluster
            .OrderByDescending(x => Rank(x.Finding))
            .ThenBy(x => x.Finding.NameDistance ?? 0)
            .ThenByDescending(x => x.Finding.Length)
            .ThenBy(x => x.Order);
        var chosen = new List<SecretFinding>();
        foreach (var (finding, _) in ranked)
        {
            if (!chosen.Any(k => k.Start < finding.End && finding.Start < k.End))
            {
                chosen.Add(finding);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        kept.AddRange(chosen);
    }
}
