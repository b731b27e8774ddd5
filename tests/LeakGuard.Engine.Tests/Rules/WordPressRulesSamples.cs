using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WordPressRulesSamples
{
    // WordPress's generator draws from letters, digits and symbols; no quote or backslash.
    private const string SaltAlphabet = FakeKey.Base62 + "!@#$%^&*()-_[]{}<>~+=,.;:/?|";

    private static readonly string AuthKey = FakeKey.Random(SaltAlphabet, 64, 71);

    private static readonly string NonceSalt = FakeKey.Random(SaltAlphabet, 64, 72);

    // Braces, angle brackets and "$(" as the generator draws them.
    private static readonly string TemplateLike = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 73), "{/#m{", FakeKey.Random(FakeKey.Base62, 12, 74), "<i^t[fp;}#tr$31>)", FakeKey.Random(FakeKey.Base62, 15, 75));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("wordpress-auth-key", "wp-config.php's AUTH_KEY", $"<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'AUTH_KEY',         '{AuthKey}' );\n", AuthKey)
        .FindsIn("wordpress-auth-key", "a salt in double quotes", $"define(\"NONCE_SALT\", \"{NonceSalt.Replace("$", "#")}\");", NonceSalt.Replace("$", "#"))
        .FindsIn("wordpress-auth-key", "a key whose symbols read like a template's", $"define( 'LOGGED_IN_KEY',    '{TemplateLike}' );", TemplateLike)
        .Ignores("wordpress-auth-key", "wp-config-sample.php's placeholder", "define( 'AUTH_KEY',         'put your unique phrase here' );")
        .Ignores("wordpress-auth-key", "the key from the environment", "define( 'AUTH_KEY', getenv_docker('WORDPRESS_AUTH_KEY', '" + new string('0', 40) + "') );")
        .Ignores("wordpress-auth-key", "another constant", $"define( 'WP_CACHE_KEY', '{AuthKey}' );");
}
