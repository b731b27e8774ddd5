using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SessionSecretRules
{
    private static readonly Remediation Remediation = new("https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY", "App:SecretKey", "SECRET_KEY")
    {
        Steps = new[]
        {
            "Generate a new key (python -c \"import secrets; print(secrets.token_hex(32))\", or the framework's own command) and deploy it: whoever has the old one can forge session cookies, CSRF tokens and signed links, and sign in as any user. Sessions signed with the old key end, so users sign in again.",
            "Read the key from the environment or a secret store when the application starts, and keep it out of the repository.",
        },
    };

    private const string Quoted = "(?:[bru]{1,2})?[\"'](?<secret>[^\"'\\s\\\\]{24,128})[\"']";

    private const string Unquoted = "(?<secret>[^\\s\"'`#$%{<\\\\][^\\s\"'`\\\\]{23,127})[ \\t]*(?:\\r|\\n|$)";

    // The names frameworks read the key that signs their sessions and cookies from: Flask's and Django's SECRET_KEY
    // (app.config["SECRET_KEY"], app.secret_key, a config class's attribute, a keyword argument), Symfony's and
    // Laravel-like .env APP_SECRET, and the session and cookie secrets of Express (session({ secret: … }),
    // cookieParser("…")). Other providers' keys named …_SECRET_KEY (AWS_SECRET_KEY) are left to their rules.
    private const string Name = "(?:(?:FLASK|DJANGO|APP|WEB|SESSION)_)?SECRET_KEY|APP_SECRET|SESSION_SECRET|COOKIE_SECRET";

    private const string Pattern =
        "(?:config\\[[\"']SECRET_KEY[\"']\\]|\\.secret_key|(?:^|[^A-Za-z0-9_.])(?:" + Name + "))[ \\t]{0,40}=[ \\t]{0,5}" + Quoted
        + "|(?:^|[\\r\\n])[ \\t]{0,5}(?:export[ \\t]{1,3})?(?:" + Name + ")=" + Unquoted
        + "|(?:session|cookieSession)\\(\\{[^;]{0,600}?[^A-Za-z0-9_]secret[ \\t]{0,5}:[ \\t]{0,5}" + Quoted
        + "|cookieParser\\([ \\t]{0,5}" + Quoted;

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "session-secret-key",
            "Generic",
            "Key that signs a web framework's sessions and cookies (Flask's SECRET_KEY, Symfony's APP_SECRET, Express's session secret)",
            Pattern,
            new[] { "SECRET_KEY", "secret_key", "APP_SECRET", "SESSION_SECRET", "COOKIE_SECRET", "session({", "cookieSession({", "cookieParser(" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = GenericValue.IsPlausible,
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
