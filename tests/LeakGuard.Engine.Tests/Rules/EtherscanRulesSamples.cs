using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EtherscanRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.UpperAlphanumeric, 34, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("etherscan-api-key", Key, "ETHERSCAN_API_KEY")
        .FindsIn("etherscan-api-key", "Hardhat's verification settings", $"  etherscan: {{\n    apiKey: \"{Key}\",\n  }},", Key)
        .Ignores("etherscan-api-key", "no explorer named", $"\"sku\": \"{Key}\"")
        .FindsByName("etherscan-api-key", "a variable the URL takes", $"const apiKey = '{Key}';", "const url = `https://api.etherscan.io/api?module=account&action=balance&address=${address}&apikey=${apiKey}`;", Key);
}
