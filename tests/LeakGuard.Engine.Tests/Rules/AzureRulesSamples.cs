using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureRulesSamples
{
    private static readonly string RuntimeKey = FakeKey.Of("IR", "@", "6f1c3a52-9d1e-4c8a-b0f4-2e7d9a1c5b38", "@contoso-adf@ServiceEndpoint=contoso-adf.servicebus.windows.net@", TestKeys.AzureSharedAccessKey(23));

    private static readonly string CosmosEmulatorKey = FakeKey.Of("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqob", "D4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");

    private static readonly string AzuriteKey = FakeKey.Of("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("azure-ai-services-key", TestKeys.AzureAiServicesKey(), "AZURE_OPENAI_API_KEY")
        .Finds("azure-openai-key", TestKeys.Hex32(), "AZURE_OPENAI_API_KEY")
        .Ignores("azure-openai-key", "an Elastic Cloud ID of a deployment on Azure", $"elasticsearch:\n  cloud-id: \"contoso-search:{FakeKey.Base64Of(FakeKey.Of("westeurope.azure.elastic-cloud.com$", TestKeys.Hex32(41), "$", TestKeys.Hex32(42)))}\"\n")
        .FindsIn("azure-openai-key", "endpoint on the line before", $"AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nOPENAI_KEY={TestKeys.Hex32(2)}", TestKeys.Hex32(2))
        .FindsIn("azure-openai-key", "a Speech key's constant", $"internal const string SpeechKey = \"{TestKeys.Hex32(5)}\";", TestKeys.Hex32(5))
        .FindsIn("azure-openai-key", "the Speech SDK's FromSubscription", $"var config = SpeechConfig.FromSubscription(\"{TestKeys.Hex32(6)}\", \"westeurope\");", TestKeys.Hex32(6))
        .Ignores("azure-openai-key", "a Speech voice's digest", $"// speech synthesis cache: voice model md5 {TestKeys.Hex32(7)}")
        .FindsIn("azure-openai-key", "APIM subscription header", $"request.Headers.Add(\"Ocp-Apim-Subscription-Key\", \"{TestKeys.Hex32(3)}\");", TestKeys.Hex32(3))
        .FindsIn("azure-openai-key", "name passed as context", TestKeys.Hex32(4), TestKeys.Hex32(4), "AzureOpenAIKey")
        .FindsIn("azure-openai-key", "a classic key, a GUID without hyphens, under an Azure OpenAI key's name", $"os.environ[\"AZURE_OPENAI_API_KEY\"] = \"{TestKeys.CompactGuid(6)}\"", TestKeys.CompactGuid(6))
        .FindsIn("azure-openai-key", "a classic key as openai.api_key next to an Azure endpoint", $"openai.api_base = \"https://contoso.openai.azure.com/\"\nopenai.api_key = '{TestKeys.CompactGuid(7)}'", TestKeys.CompactGuid(7))
        .FindsIn("azure-openai-key", "a classic key in the SDK's key credential", $"var client = new OpenAIClient(endpoint, new AzureKeyCredential(\"{TestKeys.CompactGuid(8)}\"));", TestKeys.CompactGuid(8))
        .FindsIn("azure-storage-connection-string", "connection string", $"DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={TestKeys.AzureStorageKey()};EndpointSuffix=core.windows.net", TestKeys.AzureStorageKey())
        .FindsIn("azure-storage-connection-string", "appsettings.json", $"{{ \"ConnectionStrings\": {{ \"Blobs\": \"DefaultEndpointsProtocol=https;AccountName=x1;AccountKey={TestKeys.AzureStorageKey(2)}\" }} }}", TestKeys.AzureStorageKey(2))
        .FindsIn("azure-storage-account-key", "AccountKey setting", $"\"StorageAccountKey\": \"{TestKeys.AzureStorageKey(3)}\"", TestKeys.AzureStorageKey(3))
        .FindsIn("azure-storage-account-key", "Terraform's backend variable", $"export ARM_ACCESS_KEY={TestKeys.AzureStorageKey(5)}", TestKeys.AzureStorageKey(5))
        .FindsIn("azure-storage-account-key", "name passed as context", TestKeys.AzureStorageKey(4), TestKeys.AzureStorageKey(4), "storageKey")
        .FindsIn("azure-storage-account-pair", "appsettings.json", $"\"Storage\": {{\n  \"AccountName\": \"contosodata\",\n  \"AccountKey\": \"{TestKeys.AzureStorageKey(7)}\"\n}}", TestKeys.AzureStorageKey(7))
        .FindsIn("azure-storage-account-pair", ".env", $"AZURE_STORAGE_ACCOUNT_NAME=contosodata\nAZURE_STORAGE_ACCOUNT_KEY={TestKeys.AzureStorageKey(8)}", TestKeys.AzureStorageKey(8))
        .Ignores("azure-storage-account-pair", "key one character short", $"\"AccountName\": \"contosodata\", \"AccountKey\": \"{TestKeys.AzureStorageKey(7)[3..]}\"")
        .Ignores("azure-ai-services-key", "provider signature altered", TestKeys.AzureAiServicesKey().Replace("AC" + "OG", "AC" + "OX", StringComparison.Ordinal))
        .Ignores("azure-ai-services-key", "one character short", TestKeys.AzureAiServicesKey()[1..])
        .Ignores("azure-openai-key", "no Azure context", $"\"checksum\": \"{TestKeys.Hex32()}\"")
        .Ignores("azure-openai-key", "a GUID without hyphens next to Azure", "AZURE_TENANT_ID=" + "72f988bf86f1" + "41af91ab2d7cd011db47")
        .Ignores("azure-openai-key", "a GUID without hyphens as an id beside an Azure key's name", $"AZURE_OPENAI_DEPLOYMENT_ID={TestKeys.CompactGuid(9)}\nAZURE_OPENAI_API_KEY=<set in the portal>")
        .Ignores("azure-openai-key", "a GUID without hyphens under a key's name with no Azure word near", $"API_KEY={TestKeys.CompactGuid(9)}")
        .Ignores("azure-openai-key", "33 hex digits", $"azure: {TestKeys.Hex32()}a")
        .Ignores("azure-storage-account-key", "no storage context", $"\"digest\": \"{TestKeys.AzureStorageKey()}\"")
        .Ignores("azure-storage-connection-string", "the storage emulator's published key", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteKey + ";")
        .Ignores("azure-storage-account-key", "the storage emulator's published key", "AccountKey: " + AzuriteKey)
        .Ignores("azure-storage-connection-string", "development storage", "DefaultEndpointsProtocol=https;UseDevelopmentStorage=true;AccountKey=<key>")
        .FindsIn("azure-shared-access-key", "Service Bus connection string", $"\"ServiceBus\": \"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={TestKeys.AzureSharedAccessKey(14)}\"", TestKeys.AzureSharedAccessKey(14))
        .FindsIn("azure-shared-access-key", "IoT Hub connection string", $"HostName=contoso.azure-devices.net;DeviceId=pump-1;SharedAccessKey={TestKeys.AzureSharedAccessKey(15)}", TestKeys.AzureSharedAccessKey(15))
        .FindsIn("azure-shared-access-key", "a setting of its own", $"\"SharedAccessKey\": \"{TestKeys.AzureSharedAccessKey(16)}\"", TestKeys.AzureSharedAccessKey(16))
        .Ignores("azure-shared-access-key", "the policy name", "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<your key>")
        .Ignores("azure-shared-access-key", "a connection string without its key", "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey")
        .FindsIn("azure-cosmos-db-connection-string", "connection string", $"AccountEndpoint=https://contoso-db.documents.azure.com:443/;AccountKey={TestKeys.AzureStorageKey(17)};", TestKeys.AzureStorageKey(17))
        .Ignores("azure-cosmos-db-connection-string", "the emulator's published key", "AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=" + CosmosEmulatorKey + ";")
        .Ignores("azure-storage-account-key", "the Cosmos DB emulator's published key", "AccountEndpoint=https://localhost:8081/;AccountKey=" + CosmosEmulatorKey + ";")
        .FindsIn("azure-cosmos-db-key", "beside its endpoint, as the SDK's quickstart writes it", $"private const string EndpointUri = \"https://contoso-db.documents.azure.com:443/\";\nprivate const string PrimaryKey = \"{TestKeys.AzureStorageKey(30)}\";", TestKeys.AzureStorageKey(30))
        .FindsIn("azure-cosmos-db-key", "name passed as context", TestKeys.AzureStorageKey(31), TestKeys.AzureStorageKey(31), "cosmosKey")
        .Ignores("azure-cosmos-db-key", "no Cosmos context", $"\"hash\": \"{TestKeys.AzureStorageKey(32)}\"")
        .Ignores("azure-cosmos-db-key", "the emulator's published key", "PrimaryKey = \"" + CosmosEmulatorKey + "\"")
        .FindsIn("azure-sas-token", "blob SAS URL", $"https://contoso.blob.core.windows.net/data/report.csv?sp=r&st=2024-01-01T00:00:00Z&se=2099-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig={TestKeys.AzureSasSignature(18)}", TestKeys.AzureSasSignature(18))
        .FindsIn("azure-sas-token", "account SAS in a connection string", $"BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2099-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig={TestKeys.AzureSasSignature(19)}", TestKeys.AzureSasSignature(19))
        .Ignores("azure-sas-token", "a placeholder signature", "https://contoso.blob.core.windows.net/c?sv=2022-11-02&sr=c&sp=r&sig=<signature>")
        .FindsIn("azure-data-factory-runtime-key", "integration runtime key", $"\"AuthKey\": \"{RuntimeKey}\"", RuntimeKey)
        .Ignores("azure-data-factory-runtime-key", "a placeholder key", "IR@00000000-0000-0000-0000-000000000000@factory@ServiceEndpoint=x.servicebus.windows.net@<key>")
        .Ignores("azure-sas-token", "sig= without a service version", $"https://example.com/hook?sig={TestKeys.AzureSasSignature(20)}")
        .Ignores("azure-storage-account-key", "a lock file's integrity hash of an Azure package", $"\"node_modules/@azure/storage-blob\": {{\n  \"integrity\": \"sha512-{TestKeys.AzureStorageKey(6)}\"")
        .Ignores("azure-storage-account-key", "NuGet's packages.lock.json", $"\"Azure.Storage.Blobs\": {{\n  \"type\": \"Direct\",\n  \"requested\": \"[12.26.0, )\",\n  \"resolved\": \"12.26.0\",\n  \"contentHash\": \"{TestKeys.AzureStorageKey(7)}\",")
        .Ignores("azure-sas-token", "an expired SAS in generated docs", $" *         token: \"sp=r&st=2023-12-20T14:54:52Z&se=2023-12-20T22:54:52Z&spr=https&sv=2021-06-08&sr=c&sig={TestKeys.AzureSasSignature(31)}\",")
        .Ignores("azure-sas-token", "an expired user delegation SAS whose query starts with its expiry", $"\"se=2023-08-27T00%3A00%3A00Z&sp=racwdl&sv=2021-06-08&sr=c&skoid={TestKeys.Uuid(34)}&skt=2023-08-23T19%3A55%3A17Z&ske=2023-08-27T00%3A00%3A00Z&sks=b&skv=2021-06-08&sig={TestKeys.AzureSasSignature(34)}\"")
        .FindsIn("azure-sas-token", "a user delegation SAS whose query starts with an expiry ahead", $"\"se=2099-08-27T00%3A00%3A00Z&sp=racwdl&sv=2021-06-08&sr=c&skoid={TestKeys.Uuid(35)}&sks=b&skv=2021-06-08&sig={TestKeys.AzureSasSignature(35)}\"", TestKeys.AzureSasSignature(35))
        .Ignores("azure-sas-token", "an expiry written URL-encoded", $"https://contoso.blob.core.windows.net/c/f?sv=2022-11-02&se=2021-05-01T00%3A00%3A00Z&sr=b&sp=r&sig={TestKeys.AzureSasSignature(32)}")
        .FindsIn("azure-sas-token", "a SAS without an expiry (a stored access policy holds it)", $"https://contoso.blob.core.windows.net/c/f?sv=2022-11-02&si=read-policy&sr=b&sig={TestKeys.AzureSasSignature(33)}", TestKeys.AzureSasSignature(33));
}
