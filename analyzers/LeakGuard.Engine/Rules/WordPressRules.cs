using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WordPressRules
{
    private static readonly Remediation Remediation = new("https://api.wordpress.org/secret-key/1.1/salt/", "WordPress:AuthKey", "WORDPRESS_AUTH_KEY")
    {
        Steps = new[]
        {
            "Generate new keys and salts (https://api.wordpress.org/secret-key/1.1/salt/) and put them in place of all eight: whoever has them can forge the login cookies of any user, administrators included. Every session ends, so users sign in again.",
            "Keep wp-config.php out of the repository, or read the keys from the environment (getenv('WORDPRESS_AUTH_KEY')) as the official Docker image does.",
        },
    };

    // wp-config.php's eight keys and salts (AUTH_KEY, SECURE_AUTH_KEY, LOGGED_IN_KEY, NONCE_KEY and their _SALTs) sign
    // and hash the login cookies. WordPress's generator makes 64 printable characters; the sample file ships
    // 'put your unique phrase here', whose entropy is a sentence's. The file lines the values up with spaces. Braces,
    // angle brackets and "$(" are the generator's symbols, not a template's, so the placeholder checks stay off.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "wordpress-auth-key",
            "WordPress",
            "WordPress authentication key or salt defined in wp-config.php",
            "define\\([ \\t]{0,3}[\"'](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)[\"'][ \\t]{0,3},[ \\t]{0,20}(?:'(?<secret>[^'\\r\\n\\\\]{32,128})'|\"(?<secret>[^\"\\r\\n\\\\$]{32,128})\")",
            new[] { "_KEY'", "_SALT'", "_KEY\"", "_SALT\"" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
            SkipPlaceholders = false,
        },
    };
}
