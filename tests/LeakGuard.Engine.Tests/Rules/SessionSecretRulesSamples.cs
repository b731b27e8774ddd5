using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SessionSecretRulesSamples
{
    private static readonly string HexKey = FakeKey.Random(FakeKey.Hex, 64, 11);

    private static readonly string ShortHexKey = FakeKey.Random(FakeKey.Hex, 32, 12);

    private static readonly string UrlSafeKey = FakeKey.Random(FakeKey.UrlSafe, 40, 13);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("session-secret-key", "Flask's app.config", $"app = Flask(__name__)\napp.config[\"SECRET_KEY\"] = \"{HexKey}\"\napp.config[\"SQLALCHEMY_DATABASE_URI\"] = \"sqlite:///notes.db\"\n", HexKey)
        .FindsIn("session-secret-key", "Flask's app.secret_key", $"app = Flask(__name__)\napp.secret_key = b'{UrlSafeKey}'\n", UrlSafeKey)
        .FindsIn("session-secret-key", "a config class's attribute", $"class ProductionConfig(Config):\n    DEBUG = False\n    SECRET_KEY = '{HexKey}'\n", HexKey)
        .FindsIn("session-secret-key", "Symfony's .env", $"###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET={ShortHexKey}\n###< symfony/framework-bundle ###\n", ShortHexKey)
        .FindsIn("session-secret-key", "express-session's secret", $"app.use(session({{\n  store: new RedisStore({{ client: redisClient, prefix: \"sess:\" }}),\n  secret: \"{UrlSafeKey}\",\n  resave: false,\n}}));\n", UrlSafeKey)
        .FindsIn("session-secret-key", "cookie-parser's secret", $"app.use(cookieParser(\"{UrlSafeKey}\"));\n", UrlSafeKey)
        .Ignores("session-secret-key", "keys read from the environment, and words", "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']\nSECRET_KEY = os.getenv('SECRET_KEY', 'dev')\nAPP_SECRET='%env(APP_SECRET)%'\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\napp.secret_key = 'this-is-my-development-secret-key'")
        .FindsIn("generic-secret", "another service's secret key: not a session key", $"PARTNER_SECRET_KEY={UrlSafeKey}\n", UrlSafeKey);
}
