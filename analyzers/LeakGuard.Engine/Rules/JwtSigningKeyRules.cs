using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JwtSigningKeyRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/aspnet/core/security/authentication/configure-jwt-bearer-authentication",
        "Jwt:SigningKey",
        "JWT_SIGNING_KEY")
    {
        Steps = new[]
        {
            "Generate a new random key of at least 32 bytes (openssl rand -base64 32) and sign and validate tokens with it: whoever has the old key can sign a token for any user and role, and the API accepts it. Tokens signed with the old key stop working, so users sign in again.",
            "Keep the key out of the repository: user secrets in development, an environment variable or a key vault in production, read through configuration (Jwt:SigningKey). A tutorial's key is public: never sign with one.",
        },
    };

    // The type that turns the key into an HMAC key, the setting that receives it, and the word itself.
    // Auth.js (NextAuth) and Better Auth sign and encrypt their session tokens with AUTH_SECRET, NEXTAUTH_SECRET or
    // BETTER_AUTH_SECRET; Java passes settings as system properties (-Djwt.secret=…).
    private static readonly string[] Context = { "jwt", "SymmetricSecurityKey", "IssuerSigningKey", "auth_secret", "nextauth", "-Djwt." };

    private const string QuotedValue = "(?<secret>[^\"'`\\\\\\r\\n]{16,300})";

    // A key written into a call is shorter than one in a setting; the bound keeps the automaton under the
    // non-backtracking engine's size limit.
    private const string ArgumentValue = "(?<secret>[^\"'`\\\\\\r\\n]{16,120})";

    // new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…")) or (Convert.FromBase64String("…")), also as a field's or a
    // variable's target-typed new (SymmetricSecurityKey SigningKey = new(…)): the literal can be nothing but the key, so
    // a short one counts too (older IdentityModel took 16 bytes, tutorials' keys are shorter).
    private const string KeyFromLiteral =
        "(?i)symmetricsecuritykey(?:[ \\t]{1,3}[a-z_][a-z0-9_]{0,60}[ \\t]{0,3}=[ \\t\\r\\n]{0,20}new)?\\([ \\t\\r\\n]{0,20}(?:system\\.)?(?:(?:text\\.)?encoding\\.[a-z0-9]{1,12}\\.getbytes|convert\\.frombase64string)"
        + "\\([ \\t\\r\\n]{0,20}@?\"(?<secret>[^\"\\r\\n]{8,300})\"";

    // Names a signing key goes by (Go's tutorials write it as []byte("…")): JwtKey, JWT_SECRET, Jwt:Key, Jwt__Key,
    // JwtSettings:SecretKey, a Spring property's app.security.jwt.secret, SigningKey, IssuerSigningKey, TokenKey,
    // SigningKeyBytes (a UTF-8 literal's), NEXTAUTH_SECRET; a bare Key, Secret or SecretKey only counts with the context
    // nearby. A command line's option (--jwt.secret=…, Java's -Djwt.secret=…) names it too.
    private const string Name =
        "(?:[a-z0-9_.:-]{0,40}[_.:-])?(?:jwt|token|signing|security|symmetric|issuer[_-]?signing)[_-]?(?:secret[_-]?)?(?:key|secret)(?:[_-]?bytes)?"
        + "|(?:[a-z0-9_.:-]{0,40}[_.:-])?jwt[a-z0-9]{0,20}[_.:-]{1,2}(?:signing[_-]?|secret[_-]?)?(?:key|secret)"
        + "|(?:next|better)?[_-]?auth[_-]secret"
        + "|(?:secret[_-]?)?key|secret";

    // A quoted value after =, :, =>, := and the other assignments of Patterns.AssignedTo (also inside a JSON string,
    // .NET's <add key="…" value="…" />, C#'s Name { get; set; } = "…" and a typed "name: str = …"), but not after a
    // comma: a call's ("signing-key", "…") takes any sentence for a key. Unquoted, only as a .env line (NAME=value) or a
    // YAML value (name: value) that ends the line, or a command line's option that the next option or a line
    // continuation follows, so that C# such as "key = Encoding.UTF8.GetBytes(secret);" is not read as a value.
    private const string Quote = "\\\\{0,2}[\"'`]";

    private const string NamedValue =
        "(?:^|[^a-z0-9_.:-]|[ \\t]-{1,2}|[ \\t]-d)(?:" + Name + ")"
        + "(?:(?:[ \\t]{0,3}\\{[ \\t]{0,3}get;[ \\t]{0,3}(?:(?:private[ \\t]{1,3})?(?:set|init);[ \\t]{0,3})?\\}|[ \\t]{0,3}:[ \\t]{0,3}str(?:ing)?[ \\t]{0,3})?(?:" + Quote + ")?\\]?[ \\t]{0,5}(?:value[ \\t]{0,3})?(?:[<>?+.]?=|:{1,3}=|=>|:)[ \\t]{0,5}(?:[@$]{1,2}|[bBrRuUfF]{1,2})?(?:\\[\\]byte\\([ \\t]{0,5})?" + Quote + QuotedValue + Quote
        + "|[\"'`]?\\]?(?:=|:[ \\t]{1,5})(?<secret>[^\\s\"'`,;#]{16,300})(?:[ \\t]{0,20}(?:\\r|\\n|$)|[ \\t]{1,20}(?:[\\^\\\\`]|-)))";

    // jwt.sign(payload, "…") in JavaScript, jwt.encode(payload, "…") in Python, whatever the payload holds, the key
    // followed by the next argument or the call's end; Java's jjwt: signWith(SignatureAlgorithm.HS512, "…") and
    // Keys.hmacShaKeyFor("…".getBytes()).
    private const string LibraryCall =
        "jwt\\.(?:sign|encode|verify|decode)\\([^\\r\\n]{1,120}?,[ \\t]{0,5}[\"'`]" + ArgumentValue + "[\"'`][ \\t]{0,5}[,)]"
        + "|(?:signwith\\([ \\t]{0,5}(?:signaturealgorithm\\.)?hs(?:256|384|512)[ \\t]{0,5},|hmacshakeyfor\\()[ \\t]{0,5}\"" + ArgumentValue + "\"";

    // A key that signs tokens with HMAC has no format: it is any string the code hands to SymmetricSecurityKey or
    // keeps under a signing key's name, as SonarAnalyzer's S6781 looks for. Tutorials' keys are copied into
    // thousands of applications, and whoever reads one can sign tokens those applications accept.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "jwt-signing-key",
            "JWT",
            "Key that signs JSON Web Tokens (HMAC), hard-coded: whoever has it can sign a token for any user",
            "(?i)" + NamedValue + "|" + LibraryCall,
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: SigningKeyValue.IsPlausible,
            madeLocally: true),

        // The literal a SymmetricSecurityKey is made of names itself: a person typed it ("verysecret",
        // "MyKey1111111111111111"), so neither its entropy nor runs of one character tell it from a key.
        new SecretRule(
            "jwt-signing-key-literal",
            "JWT",
            "String literal a SymmetricSecurityKey is made of: a hard-coded JWT signing key, however weak",
            KeyFromLiteral,
            new[] { "SymmetricSecurityKey" },
            Remediation)
        {
            RunsBelongToFormat = true,
            IsPlausible = SigningKeyValue.IsPlausible,
            MadeLocally = true,
        },
    };
}
