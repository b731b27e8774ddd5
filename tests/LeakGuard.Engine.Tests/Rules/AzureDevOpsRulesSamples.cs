using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureDevOpsRulesSamples
{
    private static readonly string AzureDevopsPatKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, 1), "JQQJ", "99", FakeKey.Random(FakeKey.Base62, 1, 2), "B", FakeKey.Random(FakeKey.Base62, 16, 3), "AZ", "DO", FakeKey.Random(FakeKey.Base62, 4, 4));

    private static readonly string PatWithZeroBits = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, 5), "JQQJ", "99", "B", "C", "AAAAAAA", FakeKey.Random(FakeKey.Base62, 9, 6), "AZ", "DO", FakeKey.Random(FakeKey.Base62, 4, 7));

    private static readonly string NovemberPat = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, 8), "JQQJ", "99", "B", "K", FakeKey.Random(FakeKey.Base62, 16, 9), "AZ", "DO", FakeKey.Random(FakeKey.Base62, 4, 10));

    private static readonly string AzureDevopsLegacyPatKey = FakeKey.Of(FakeKey.Random(FakeKey.UpperBase32.ToLowerInvariant(), 52, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("azure-devops-pat", AzureDevopsPatKey, "API_KEY")
        .FindsIn("azure-devops-pat", "a run of zero bits in the platform block", $"AZURE_DEVOPS_EXT_PAT={PatWithZeroBits}\n", PatWithZeroBits)
        .FindsIn("azure-devops-pat", "a token made in November", $"AZURE_DEVOPS_EXT_PAT={NovemberPat}\n", NovemberPat)
        .Ignores("azure-devops-pat", "a month letter past December", $"value: {NovemberPat.Replace("JQQJ99BK", "JQQJ99BM")}")
        .Ignores("azure-devops-pat", "one character short", $"value: {AzureDevopsPatKey[..^1]}")
        .Ignores("azure-devops-pat", "embedded in a longer token", "value: Q" + AzureDevopsPatKey)
        .Finds("azure-devops-legacy-pat", AzureDevopsLegacyPatKey, "AZURE_DEVOPS_PAT")
        .FindsIn("azure-devops-legacy-pat", "the NuGet credential provider's access token", $"export VSS_NUGET_ACCESSTOKEN={AzureDevopsLegacyPatKey}\ndotnet restore\n", AzureDevopsLegacyPatKey)
        .FindsIn("azure-devops-legacy-pat", "the .NET client library's credential", $"var connection = new VssConnection(collectionUri, new VssBasicCredential(string.Empty, \"{AzureDevopsLegacyPatKey}\"));", AzureDevopsLegacyPatKey)
        .Ignores("azure-devops-legacy-pat", "no dev.azure.com context", $"\"checksum\": \"{AzureDevopsLegacyPatKey}\"")
        .Ignores("azure-devops-legacy-pat", "one character short", $"dev.azure.com: {AzureDevopsLegacyPatKey[..^1]}");
}
