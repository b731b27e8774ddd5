using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MagentoRulesSamples
{
    private static readonly string PublicKey = FakeKey.Random(FakeKey.Hex, 32, 51);

    private static readonly string PrivateKey = FakeKey.Random(FakeKey.Hex, 32, 52);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("magento-marketplace-private-key", "Composer's auth.json", $"{{\n    \"http-basic\": {{\n        \"repo.magento.com\": {{\n            \"username\": \"{PublicKey}\",\n            \"password\": \"{PrivateKey}\"\n        }}\n    }}\n}}\n", PrivateKey)
        .FindsIn("magento-marketplace-private-key", "the password first", $"\"repo.magento.com\": {{ \"password\": \"{PrivateKey}\", \"username\": \"{PublicKey}\" }}", PrivateKey)
        .FindsIn("magento-marketplace-private-key", "COMPOSER_AUTH in a CI variable, quotes escaped", $"COMPOSER_AUTH=\"{{\\\"http-basic\\\":{{\\\"repo.magento.com\\\":{{\\\"username\\\":\\\"{PublicKey}\\\",\\\"password\\\":\\\"{PrivateKey}\\\"}}}}}}\"\n", PrivateKey)
        .FindsIn("magento-marketplace-private-key", "composer config on the command line", $"composer config --global http-basic.repo.magento.com {PublicKey} {PrivateKey}\n", PrivateKey)
        .Ignores("magento-marketplace-private-key", "variables in the command", "composer config http-basic.repo.magento.com $MAGENTO_PUBLIC_KEY $MAGENTO_PRIVATE_KEY")
        .Ignores("magento-marketplace-private-key", "the public key with the private key's variable", $"\"repo.magento.com\": {{ \"username\": \"{PublicKey}\", \"password\": \"${{MAGENTO_PRIVATE_KEY}}\" }}")
        .Ignores("magento-marketplace-private-key", "placeholders from the docs", "\"repo.magento.com\": { \"username\": \"<public-key>\", \"password\": \"<private-key>\" }");
}
