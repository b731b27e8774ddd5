using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MagentoRules
{
    private static readonly Remediation Remediation = new("https://commercemarketplace.adobe.com/customer/accessKeys/", "Magento:PrivateKey", "COMPOSER_AUTH");

    private const string Key = "[0-9a-f]{32}";

    private const string Gap = "[ \\t\\r\\n]{0,40}";

    // A JSON member's name and colon, its quotes escaped too (COMPOSER_AUTH='{\"http-basic\": …}' in a script).
    private static string Member(string name) => "\\\\?\"" + name + "\\\\?\"" + Gap + ":" + Gap + "\\\\?\"";

    // The Adobe Commerce Marketplace access keys that Composer signs in to repo.magento.com with: the public key as the
    // user name, the private key as the password, in auth.json, COMPOSER_AUTH or `composer config http-basic.…`. Both
    // are 32 hex digits, which under a password's name read as a digest, so only the host tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "magento-marketplace-private-key",
            "Adobe Commerce (Magento)",
            "Adobe Commerce Marketplace private access key for repo.magento.com (Composer's http-basic password)",
            "repo\\.magento\\.com\\\\?\"" + Gap + ":" + Gap + "\\{" + Gap
            + "(?:" + Member("username") + Key + "\\\\?\"" + Gap + "," + Gap + Member("password") + "(?<secret>" + Key + ")"
            + "|" + Member("password") + "(?<secret>" + Key + ")\\\\?\"" + Gap + "," + Gap + Member("username") + Key + ")\\\\?\""
            + "|http-basic\\.repo\\.magento\\.com[ \\t]{1,3}[\"']?" + Key + "[\"']?[ \\t]{1,3}[\"']?(?<secret>" + Key + ")(?:$|[^0-9a-z])",
            new[] { "repo.magento.com" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
