using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SecretDefaultRulesSamples
{
    private static readonly string Random = FakeKey.Random(FakeKey.Base62, 40, 51);

    private static readonly string Hex = FakeKey.Random(FakeKey.Hex, 48, 52);

    private static readonly string Password = FakeKey.Of("Tern", "!", FakeKey.Random(TestKeys.Digits, 4, 53), "pQ");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("secret-default", "Node's process.env with ||", $"module.exports = {{\n  jwtSecret: process.env.JWT_SECRET || \"{Random}\",\n}};", Random)
        .FindsIn("secret-default", "a Go struct's envconfig tag", $"type Config struct {{\n\tDatabaseURL string `envconfig:\"DATABASE_URL\" required:\"true\"`\n\tJWTSecret   string `envconfig:\"JWT_SECRET\" default:\"{Hex}\"`\n}}\n", Hex)
        .FindsIn("secret-default", "a Go struct's env tag (caarlos0/env)", $"type Config struct {{\n\tAPIToken string `env:\"API_TOKEN\" envDefault:\"{Random}\"`\n}}\n", Random)
        .Ignores("secret-default", "a Go struct's tag with a default that is no secret", "type Config struct {\n\tTokenTTL string `envconfig:\"TOKEN_TTL\" default:\"15m\"`\n\tJWTSecret string `envconfig:\"JWT_SECRET\" required:\"true\"`\n}\n")
        .FindsIn("secret-default", "Python's os.environ.get with or", $"class Config:\n    SECRET_KEY = os.environ.get(\"SECRET_KEY\") or \"{Hex}\"\n", Hex)
        .FindsIn("secret-default", "Python's os.getenv with a default", $"HMAC_KEY = os.getenv(\"HMAC_KEY\", \"{Hex}\")\n", Hex)
        .FindsIn("secret-default", "a call that sets the setting by its name", $"headers.Add(\"token\", \"{Random}\");\n", Random)
        .Ignores("secret-default", "a pattern of a key, not a key", "Patterns.AssignedTo(\"secret\", \"6L[A-Za-z0-9_-]{38}\")\n")
        .Ignores("secret-default", "words naming a credential, in prose", "or words naming a credential (`mysqlpassword`, `SuperSecretPassword123!`).\n")
        .Ignores("secret-default", "a list of strings, not a call", $"auth_methods = ['password', '{Password}']\n")
        .FindsIn("secret-default", "python-decouple's default=", $"API_TOKEN = config('API_TOKEN', default='{Random}')\n", Random)
        .FindsIn("secret-default", "C#'s GetEnvironmentVariable with ??", $"var key = Environment.GetEnvironmentVariable(\"ENCRYPTION_KEY\") ?? \"{Random}\";", Random)
        .FindsIn("secret-default", "Ruby's ENV.fetch with a default", $"config.api_token = ENV.fetch(\"API_TOKEN\", \"{Random}\")\n", Random)
        .FindsIn("secret-default", "PHP's getenv with ?:", $"$secret = getenv('APP_SECRET') ?: '{Hex}';", Hex)
        .FindsIn("secret-default", "a compose file's default", $"services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD:-{Password}}}\n", Password)
        .FindsIn("secret-default", "Spring's placeholder with a default", $"jwt:\n  secret: ${{JWT_SECRET:{Random}}}\n", Random)
        .Ignores("secret-default", "no default", "const secret = process.env.JWT_SECRET || '';\nSECRET_KEY = os.environ.get('SECRET_KEY')\n")
        .Ignores("secret-default", "a default that is another variable", "jwtSecret: process.env.JWT_SECRET || process.env.SESSION_SECRET,\nPOSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-${DB_PASSWORD}}\n")
        .Ignores("secret-default", "a demo value", "SECRET_KEY = os.getenv('SECRET_KEY', 'dev-secret-key')\nPOSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}\n")
        .Ignores("secret-default", "a placeholder", "jwtSecret: process.env.JWT_SECRET || 'change-me-in-production-2024',\n")
        .Ignores("secret-default", "a name that is no secret's", $"const ttl = process.env.TOKEN_TTL || \"{Random}\";\nconst cacheKey = process.env.CACHE_KEY || \"{Random}\";\n")
        .Ignores("secret-default", "a file the secret is read from", "key_file = os.getenv('PRIVATE_KEY', '/run/secrets/private_key.pem')\n");
}
