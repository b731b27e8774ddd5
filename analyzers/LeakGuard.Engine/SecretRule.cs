using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>
/// One kind of secret: how to find it cheaply (keywords), how to match it (pattern), and how to tell it from look-alikes.
/// </summary>
public sealed class SecretRule
{
    public SecretRule(string id, string provider, string description, string pattern, IReadOnlyList<string> keywords, Remediation remediation)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        Keywords = keywords ?? throw new ArgumentNullException(nameof(keywords));
        Remediation = remediation ?? throw new ArgumentNullException(nameof(remediation));
    }

    /// <summary>Stable, kebab-case identifier such as <c>openai-api-key</c>.</summary>
    public string Id { get; }

    /// <summary>Who issues the key, such as <c>OpenAI</c>.</summary>
    public string Provider { get; }

    public string Description { get; }

    /// <summary>
    /// The regular expression. When it has a group named <c>secret</c>, that group is the secret; otherwise the whole match.
    /// It must not use look-arounds or back-references, so that it runs on the non-backtracking engine.
    /// </summary>
    public string Pattern { get; }

    /// <summary>
    /// Case-insensitive strings of which at least one must occur in the text (or its context) before the pattern runs.
    /// For prefixed formats this is the prefix; for context-gated formats it is the same list as <see cref="ContextKeywords"/>.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; }

    public Remediation Remediation { get; }

    public Confidence Confidence { get; init; } = Confidence.High;

    /// <summary>Minimum Shannon entropy, in bits per character, of the secret; 0 disables the check.</summary>
    public double MinEntropy { get; init; }

    /// <summary>An offline check of the secret itself, such as a checksum; <see langword="null"/> when the format has none.</summary>
    public Func<string, bool>? Validator { get; init; }

    /// <summary>
    /// A heuristic the secret must pass, such as "mixes letters and digits"; unlike <see cref="Validator"/>, passing it
    /// does not mark the finding verified. <see langword="null"/> when the pattern says enough.
    /// </summary>
    public Func<string, bool>? IsPlausible { get; init; }

    /// <summary>
    /// Whether the secret still grants access, given the line that holds it and the secret, for formats that write their
    /// expiry beside the secret (a shared access signature's "se="): an expired one is not reported.
    /// <see langword="null"/> when nothing beside the secret tells.
    /// </summary>
    public Func<string, string, bool>? IsLive { get; init; }

    /// <summary>
    /// Case-insensitive words of which one must stand near the match (on its line, shortly before it) or in the
    /// fragment's context; empty when the format identifies itself.
    /// </summary>
    public IReadOnlyList<string> ContextKeywords { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Whether <see cref="ContextKeywords"/> name the provider (its name, hosts, SDK), so that a file that imports its
    /// package gives the context to a value under a credential's name anywhere below.
    /// </summary>
    public bool ContextNamesProvider { get; init; }

    /// <summary>
    /// Case-insensitive strings that, near the match or in the fragment's context, show that the value is the form of
    /// the key a provider means to be public: the token of Rollbar's browser snippet, the notifier key a mobile app
    /// ships with. Such a match is not reported. Empty when every form of the key is secret.
    /// </summary>
    public IReadOnlyList<string> ClientSideMarkers { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Case-insensitive words that, in the name the value is assigned to, show the public form of a key whose secret form
    /// shares its format and often its provider's name (Algolia's ALGOLIA_SEARCH_KEY beside ALGOLIA_ADMIN_KEY). Such a
    /// match is not reported. Empty when no form of the key is public.
    /// </summary>
    public IReadOnlyList<string> PublicNames { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Where in a text the pattern may match, for formats that only the document's structure tells apart (the values
    /// of a Kubernetes Secret's data): a match must span a whole region. <see langword="null"/> for anywhere.
    /// </summary>
    public Func<string, IEnumerable<(int Start, int Length)>>? Regions { get; init; }

    /// <summary>
    /// For a pattern that may name the secret rather than hold it (a group named <c>ref</c>: the variable a URL takes its
    /// key from), what the literal that name is assigned in the same text must match whole to be the secret.
    /// <see langword="null"/> when the pattern always holds the secret.
    /// </summary>
    public string? ReferencedValue { get; init; }

    /// <summary>Whether the secret is checked against the placeholder heuristics (off for formats such as PEM keys).</summary>
    public bool SkipPlaceholders { get; init; } = true;

    /// <summary>
    /// Whether runs of one character belong to the format (base 64 of binary holds "AAAAAA" for zero bytes, a Turnstile
    /// key starts "0x4AAAAAAA"), so that the placeholder check looks for placeholder words only.
    /// </summary>
    public bool RunsBelongToFormat { get; init; }

    public bool EnabledByDefault { get; init; } = true;

    /// <summary>
    /// Whether the secret is one its owner makes rather than a provider issues: a private key or keystore, a password,
    /// a token it signs itself and the key it signs with. Test suites and documentation make many for themselves, so
    /// one under a test's or an example's folder (<see cref="TestFixturePath"/>) is not reported unless the
    /// configuration asks for it; a provider's token there may be a real one, and is reported.
    /// </summary>
    public bool MadeLocally { get; init; }

    /// <summary>
    /// Whether only the name a value is given makes it a secret (a password under a password's name), whatever the value
    /// is: where another rule of the same confidence finds a key in the same place, that rule's finding is kept, as it
    /// tells which key it is.
    /// </summary>
    public bool IsFallback { get; init; }

    /// <summary>
    /// The group that holds the secret, by number or name, for rules that come from a configuration file;
    /// <see langword="null"/> means the group named <c>secret</c> when the pattern has one, otherwise the whole match.
    /// </summary>
    public string? SecretGroup { get; init; }

    /// <summary>Findings of this rule to ignore (a configured rule's own allowlist); <see langword="null"/> when none.</summary>
    public Configuration.Allowlist? Allowlist { get; init; }
}
