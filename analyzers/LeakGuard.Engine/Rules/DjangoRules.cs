using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class DjangoRules
{
    private static readonly Remediation Remediation = new("https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", "Django:SecretKey", "DJANGO_SECRET_KEY");

    // get_random_secret_key() draws 50 characters from this alphabet; startproject writes one into settings.py, with
    // "django-insecure-" in front since Django 3.2. Whoever knows it forges sessions, password reset links and signed
    // cookies, and with pickled sessions runs code on the server.
    private const string Alphabet = "a-z0-9!@#$%^&*(\\-_=+)";

    private const string Symbols = "!@#$%^&*(-_=+)";

    // SECRET_KEY = "…", also as the default of python-decouple's config("SECRET_KEY", default="…") and django-environ's
    // env(…, default="…").
    private const string Quoted = $"(?:^|[^A-Za-z0-9_])(?:[A-Za-z0-9]{{1,30}}_)?SECRET_KEY[\"']?[ \\t]{{0,5}}[=:,][ \\t]{{0,5}}(?:default[ \\t]{{0,3}}=[ \\t]{{0,3}})?[rbu]?[\"'](?<secret>[{Alphabet}]{{50}})[\"']";

    // A .env line, unquoted: only at the start of a line, so that code's SECRET_KEY = expressions stay out.
    private const string DotEnvLine = $"(?:^|[\\r\\n])[ \\t]{{0,5}}(?:export[ \\t]{{1,3}})?(?:[A-Za-z0-9]{{1,30}}_)?SECRET_KEY[ \\t]{{0,3}}=[ \\t]{{0,3}}(?<secret>[{Alphabet}]{{50}})(?:$|[^{Alphabet}])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "django-insecure-secret-key",
            "Django",
            "Django secret key as startproject writes it (django-insecure- and 50 characters)",
            $"(?:^|[^A-Za-z0-9_-])(?<secret>django-insecure-[{Alphabet}]{{50}})(?:$|[^{Alphabet}])",
            new[] { "django-insecure-" },
            Remediation)
        {
            MinEntropy = 4,
            SkipPlaceholders = false,
            IsPlausible = value => IsDrawnFromTheAlphabet(value.Substring("django-insecure-".Length)),
        },
        new SecretRule(
            "django-secret-key",
            "Django",
            "Django secret key (SECRET_KEY set to, or defaulting to, 50 characters of get_random_secret_key's alphabet)",
            $"{Quoted}|{DotEnvLine}",
            new[] { "SECRET_KEY" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
            SkipPlaceholders = false,
            IsPlausible = IsDrawnFromTheAlphabet,
        },
    };

    /// <summary>
    /// Lower-case letters, digits and symbols all present, as in 50 random draws from the alphabet, and not a
    /// placeholder. "$(" is a shell substitution elsewhere, but both its characters are in the alphabet: about one key
    /// in fifty holds it by chance.
    /// </summary>
    private static bool IsDrawnFromTheAlphabet(string value) =>
        value.Any(c => c is >= 'a' and <= 'z') && value.Any(c => c is >= '0' and <= '9') && value.Any(c => Symbols.IndexOf(c) >= 0)
        && !Placeholders.IsPlaceholder(value.Replace("$(", "$"));
}
