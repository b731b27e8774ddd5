using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EtherscanRules
{
    private const string Key = "[A-Z0-9]{34}";

    private static readonly Remediation Remediation = new("https://etherscan.io/myapikey", "Etherscan:ApiKey", "ETHERSCAN_API_KEY");

    private static readonly string[] Context = { "etherscan", "bscscan", "polygonscan", "arbiscan", "snowtrace", "ftmscan", "basescan" };

    // An API key of the block explorers built on Etherscan (BscScan, PolygonScan, Arbiscan…): 34 capitals and digits, so
    // the explorer's name must be nearby. Hardhat and Foundry configs hold it to verify contracts.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "etherscan-api-key",
            "Etherscan",
            "Etherscan (or BscScan, PolygonScan…) API key (34 capitals and digits next to the explorer's name)",
            Patterns.Token(Key, Patterns.Base62) + "|" + Patterns.ParameterReference("apikey"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 3),
            referencedValue: Key),
    };
}
