using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EthereumRules
{
    private const string Key = "(?:0x)?[a-fA-F0-9]{64}";

    private static readonly Remediation Remediation = new("https://ethereum.org/en/security/", "Wallet:PrivateKey", "PRIVATE_KEY")
    {
        Steps = new[]
        {
            "Move every asset and every contract role (owner, admin, minter) of the account to a new wallet now: a private key cannot be revoked, and bots sweep leaked ones within minutes.",
            "Keep deployer keys out of the repository: a .env file that .gitignore lists, a hardware wallet, or the CI's secret variables.",
        },
    };

    // Hardhat's accounts only as the list they open: "accounts" alone is in every other file of an application. The
    // libraries by name ("ethers", "Nethereum"), not by their calls: "Account(" and "Wallet(" are everywhere too.
    private static readonly string[] Keywords = { "private_key", "privatekey", "private-key", "priv_key", "privkey", "wallet_key", "deployer_key", "signer_key", "accounts: [", "accounts:[", "from_key", "fromkey", "hextoecdsa", "ethers", "nethereum", "hdwalletprovider", "etheckey" };

    // The wallet libraries' one-liners take the key itself: web3.py's from_key, ethers' new Wallet, web3.js'
    // privateKeyToAccount, Nethereum's new Account and new EthECKey, go-ethereum's HexToECDSA, Truffle's HDWalletProvider, and Foundry's
    // --private-key.
    private const string LibraryCall =
        "(?i:from_?key|privatekeytoaccount|hextoecdsa|new[ \\t]{1,3}(?:ethers\\.)?wallet|new[ \\t]{1,3}(?:[a-z0-9_]{1,20}\\.){0,4}(?:account|etheckey)|hdwalletprovider)\\([ \\t]{0,5}\\[?[ \\t]{0,5}[\"'`](?<secret>" + Key + ")[\"'`]"
        + "|--private-?key[ \\t=]{1,3}[\"']?(?<secret>" + Key + ")(?:$|[^A-Za-z0-9])";

    // A wallet's private key (64 hex digits, "0x" in front or not) as deploy scripts and bots hold it: under a private
    // key's name, or in Hardhat's accounts: ["0x…"]. It cannot be revoked, and bots sweep the funds of a leaked one
    // within minutes.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ethereum-private-key",
            "Ethereum (EVM wallet)",
            "Ethereum / EVM wallet private key (64 hex digits under a private key's name or in Hardhat's accounts)",
            "(?:" + Patterns.AssignedTo("(?:priv(?:ate)?[_-]?key|(?:wallet|deployer|signer)[_-]?key)", Key, Patterns.Base62) + ")|(?:accounts[ \\t]{0,3}:[ \\t]{0,3}\\[[ \\t\\r\\n]{0,20}[\"'`](?<secret>" + Key + ")[\"'`])|" + LibraryCall,
            Keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.2,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 4),
        },
    };
}
