using System;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>The name a value is given where it is written: "SEARCH_ALGOLIA_KEY" in <c>SEARCH_ALGOLIA_KEY = "…"</c>.</summary>
internal static class AssignedName
{
    private const int MaxGap = 8;
    private const int MaxLength = 64;

    private const string Value = "value";

    // How far before "value" its entry's name may stand: a line or two of JSON or YAML.
    private const int PairWindow = 160;

    // The name of a key/value entry right before its "value", with nothing but quotes, commas, spaces, a line break
    // and a list's dash between: "key": "…", "name": "…", - name: …, "ParameterKey": "…".
    private static readonly Regex PairedName = new(
        "(?:^|[^A-Za-z0-9_])[\"']?(?:key|name|parameterkey)[\"']?[ \t]*[:=][ \t]*[\"']?(?<name>[A-Za-z0-9_.-]{1,64})[\"']?[\\s,-]*[\"']?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromMilliseconds(50));

    private static readonly string[] DigestNames =
    {
        "hash", "integrity", "checksum", "digest", "sha", "sha1", "sha256", "sha384", "sha512", "shasum", "md5",

        // A request's signature (OAuth 1.0's oauth_signature, a signed URL's Signature=), made with a key but not one.
        "signature",

        // A commit's id in lock files and manifests: composer.lock's "reference", Gemfile.lock's "revision", flake.lock's
        // "rev", package.json's "gitHead".
        "reference", "revision", "rev", "commit", "githead",

        // A release's file, as checksums.txt and SHA256SUMS-style lists name each download: its platform or extension.
        "x86_64", "amd64", "arm64", "aarch64", "armv7", "i686", "universal", ".exe", ".zip", ".tgz", ".tar.gz", ".msi",
        ".dmg", ".deb", ".rpm", ".whl", ".jar", ".nupkg",
    };

    /// <summary>
    /// What a name calls a scope where a value is the scope's id: an organization, a tenant, a workspace, a project
    /// ("--org=…", "TENANT", "workspace:"). Such ids are GUIDs and hex as often as keys are.
    /// </summary>
    private static readonly string[] ScopeNames = { "org", "organization", "organisation", "tenant", "workspace", "project", "subscription" };

    /// <summary>Words a name of a credential holds: "api_key", "clientSecret", "BOT_TOKEN", "smtpPass", "authToken".</summary>
    private static readonly string[] CredentialWords = { "key", "secret", "token", "pass", "pwd", "auth", "credential" };

    /// <summary>Whether the value is given a name of a credential (<see cref="CredentialWords"/>).</summary>
    public static bool NamesACredential(string text, int matchStart, int secretStart) => Holds(text, matchStart, secretStart, CredentialWords);

    /// <summary>
    /// Whether the name before the secret, from the start of the identifier the match begins in (so "SEARCH_" of
    /// "SEARCH_ALGOLIA_KEY" counts) to the secret, holds one of <paramref name="names"/> (ignoring case).
    /// </summary>
    public static bool Holds(string text, int matchStart, int secretStart, System.Collections.Generic.IReadOnlyList<string> names)
    {
        var (from, _) = Find(text, matchStart, secretStart);
        foreach (var name in names)
        {
            if (text.IndexOf(name, from, secretStart - from, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name a value that the match does not name itself (a token pattern) is given, as the text holds it ("MIXPANEL_TOKEN"
    /// in <c>MIXPANEL_TOKEN = …</c>); empty when the match names it or no name stands before it.
    /// </summary>
    public static string NameOutsideMatch(string text, int matchStart, int secretStart) =>
        TryFindOutsideMatch(text, matchStart, secretStart, out var from, out var to) ? text.Substring(from, to - from) : string.Empty;

    /// <summary>
    /// Whether a value that the match does not name itself (a token pattern) is given a name of an identifier: "id",
    /// "client_id", "app.id", "conversionId", "clientID", "ProjectGuid", or is parsed as one ("new Guid(\"…\")",
    /// "[assembly: Guid(\"…\")]", "UUID.fromString(\"…\")"). Identifiers are public; key-shaped ones (UUIDs, hex)
    /// are common.
    /// </summary>
    public static bool NamesAnIdentifier(string text, int matchStart, int secretStart)
    {
        if (!TryFindOutsideMatch(text, matchStart, secretStart, out var from, out var to))
        {
            return false;
        }

        if (EndsWith(text, from, to, "guid") || EndsWith(text, from, to, "uuid") || IsParsedAsGuid(text, secretStart))
        {
            return true;
        }

        foreach (var word in ScopeNames)
        {
            if (EndsWithWord(text, from, to, word))
            {
                return true;
            }
        }

        var length = to - from;
        if (length < 2 || char.ToLowerInvariant(text[to - 2]) != 'i' || char.ToLowerInvariant(text[to - 1]) != 'd')
        {
            return false;
        }

        // "id", and a letter's id: a request's "rid", a process's "pid", a JWT's "kid", a user's "uid".
        if (length == 2 || (length == 3 && char.IsLetter(text[from])))
        {
            return true;
        }

        var before = text[to - 3];
        return before is '_' or '-' or '.'
            || (text[to - 2] == 'I' && (char.IsLower(before) || char.IsDigit(before)));
    }

    /// <summary>
    /// Whether a value that the match does not name itself is given a name of a digest or a revision: "contentHash"
    /// (NuGet's packages.lock.json), "integrity", "checksum", "shasum", "reference", "revision". A SHA-512's base 64 has
    /// an Azure storage key's shape, a SHA-1's (a commit's) hex many tokens'.
    /// </summary>
    public static bool NamesADigest(string text, int matchStart, int secretStart)
    {
        if (!TryFindOutsideMatch(text, matchStart, secretStart, out var from, out var to))
        {
            return false;
        }

        foreach (var suffix in DigestNames)
        {
            if (EndsWith(text, from, to, suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name ends with <paramref name="word"/> as a word of its own: "SNYK_ORG", "snykOrg", "--org"; not "cyborg".</summary>
    private static bool EndsWithWord(string text, int from, int to, string word)
    {
        if (!EndsWith(text, from, to, word))
        {
            return false;
        }

        var start = to - word.Length;
        return start == from || !char.IsLetter(text[start - 1]) || (char.IsLower(text[start - 1]) && char.IsUpper(text[start]));
    }

    private static bool EndsWith(string text, int from, int to, string suffix) =>
        to - from >= suffix.Length && string.Compare(text, to - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // The literal is the argument of a call whose name holds "guid" or "uuid": Guid(, Guid.Parse(, uuid.UUID(.
    private static bool IsParsedAsGuid(string text, int secretStart)
    {
        var at = secretStart;
        for (var quote = 0; at > 0 && quote < 2 && text[at - 1] is '"' or '\'' or '@'; quote++)
        {
            at--;
        }

        if (at == 0 || text[at - 1] != '(')
        {
            return false;
        }

        var end = --at;
        while (at > 0 && end - at < MaxLength && IsNameCharacter(text[at - 1]))
        {
            at--;
        }

        return text.IndexOf("guid", at, end - at, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("uuid", at, end - at, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    // A match that starts at a name, or at the boundary character before one ("\nJWT_SECRET=…"), names its value
    // itself: what stands before it (the line above's SENDGRID_API_KEY=) is another value's name.
    private static bool TryFindOutsideMatch(string text, int matchStart, int secretStart, out int from, out int to)
    {
        (from, to) = (0, 0);
        if (matchStart != secretStart && (IsNameCharacter(text[matchStart]) || (matchStart + 1 < secretStart && IsNameCharacter(text[matchStart + 1]))))
        {
            return false;
        }

        (from, to) = Find(text, matchStart, secretStart);
        return true;
    }

    /// <summary>
    /// Where the name starts and ends. A match that starts at its value, or at the boundary character before it (a token
    /// pattern), reaches back over the quotes, braces, brackets, spaces, assignment and fallback operators between the
    /// value and its name ("PLAID_PUBLIC_KEY = \"", "publicKey: '", "env.CLIENT_ID ?? \"", "&lt;ProjectGuid&gt;{",
    /// "orderIds: [ \"").
    /// </summary>
    private static (int From, int To) Find(string text, int matchStart, int secretStart)
    {
        var from = matchStart;
        if (from == secretStart || !IsNameCharacter(text[from]))
        {
            for (var gap = 0; from > 0 && gap < MaxGap; gap++)
            {
                var skipped = text[from - 1] is ' ' or '\t' or '"' or '\'' or '=' or ':' or '>' or ']' or '[' or '?' or '|' or '{' or '@' or '$'
                    ? 1
                    : StringPrefixLength(text, from);
                if (skipped == 0)
                {
                    break;
                }

                from -= skipped;
            }
        }

        var to = from;
        while (from > 0 && matchStart - from < MaxLength && IsNameCharacter(text[from - 1]))
        {
            from--;
        }

        return to - from == Value.Length && string.Compare(text, from, Value, 0, Value.Length, StringComparison.OrdinalIgnoreCase) == 0
            ? EntryName(text, from) ?? (from, to)
            : (from, to);
    }

    // A value named by the entry it sits in: a Postman environment's {"key": "snykOrgId", "value": "…"}, a Kubernetes
    // container's "- name: ORG_ID" above "value: …", a CloudFormation parameter's ParameterKey.
    private static (int From, int To)? EntryName(string text, int value)
    {
        var from = Math.Max(0, value - PairWindow);
        Match match;
        try
        {
            match = PairedName.Match(text, from, value - from);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"];
        return (name.Index, name.Index + name.Length);
    }

    // Python's string prefixes, which stand between a name and its quote: app_key = u'…', token = b"…", key = rb'…'.
    private static int StringPrefixLength(string text, int quote)
    {
        if (text[quote] is not ('"' or '\''))
        {
            return 0;
        }

        var at = quote;
        while (at > 0 && quote - at < 2 && text[at - 1] is 'u' or 'U' or 'b' or 'B' or 'r' or 'R' or 'f' or 'F')
        {
            at--;
        }

        return at < quote && (at == 0 || !IsNameCharacter(text[at - 1])) ? quote - at : 0;
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';
}
