using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DjangoRulesSamples
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";

    private static readonly string Key = FakeKey.Random(Alphabet, 50, 1);

    private static readonly string InsecureKey = FakeKey.Of("django", "-insecure-", FakeKey.Random(Alphabet, 50, 2));

    private static readonly string KeyWithSubstitution = FakeKey.Of("django", "-insecure-", FakeKey.Random(Alphabet, 20, 5), "$(", FakeKey.Random(Alphabet, 28, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("django-insecure-secret-key", "startproject's settings.py", $"# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '{InsecureKey}'\n", InsecureKey)
        .FindsIn("django-insecure-secret-key", "a .env file", $"DJANGO_SECRET_KEY={InsecureKey}\n", InsecureKey)
        .FindsIn("django-insecure-secret-key", "a compose file", $"    environment:\n      - SECRET_KEY={InsecureKey}\n", InsecureKey)
        .Ignores("django-insecure-secret-key", "the prefix and a placeholder", "SECRET_KEY = 'django-insecure-change-me'")
        .FindsIn("django-secret-key", "settings.py", $"SECRET_KEY = \"{Key}\"\n", Key)
        .FindsIn("django-secret-key", "the default of an environment variable", $"SECRET_KEY = os.environ.get(\"SECRET_KEY\", \"{Key}\")\n", Key)
        .FindsIn("django-secret-key", "a YAML setting", $"DJANGO_SECRET_KEY: '{Key}'\n", Key)
        .FindsIn("secret-default", "one character short of Django's key: not startproject's, still a secret's default", $"SECRET_KEY = config(\"SECRET_KEY\", default=\"{Key[1..]}\")", Key[1..])
        .Ignores("django-secret-key", "a reference to the environment", "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]")
        .Ignores("django-secret-key", "no symbol: not drawn from Django's alphabet", $"SECRET_KEY = \"{FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 50, 3)}\"")
        .FindsIn("django-insecure-secret-key", "a key that holds \"$(\" by chance", $"SECRET_KEY = '{KeyWithSubstitution}'\n", KeyWithSubstitution)
        .FindsIn("django-secret-key", "python-decouple's default", $"SECRET_KEY = config('SECRET_KEY', default='{Key}')\n", Key)
        .FindsIn("django-secret-key", "an unquoted .env line", $"DEBUG=False\nDJANGO_SECRET_KEY={Key}\n", Key)
        .Ignores("django-secret-key", "a placeholder in a .env line", $"SECRET_KEY=your-secret-key-{FakeKey.Random(Alphabet, 34, 4)}\n")
        .Ignores("django-secret-key", "an expression in code, not a .env line", $"settings.SECRET_KEY = {Key[..10]} + suffix");
}
