using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClarifaiRulesSamples
{
    private static readonly string Pat = TestKeys.CompactGuid(1);

    private static readonly string ModelVersionId = FakeKey.Random(FakeKey.Hex, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clarifai-api-key", Pat, "CLARIFAI_PAT")
        .FindsIn("clarifai-api-key", "the JavaScript sample beside its ids", $"const PAT = '{Pat}';\nconst USER_ID = 'clarifai';\nconst APP_ID = 'main';\nconst MODEL_VERSION_ID = '{ModelVersionId}';\n", Pat)
        .FindsIn("clarifai-api-key", "the Python SDK's pat argument", $"from clarifai.client.model import Model\nmodel = Model(url=\"https://clarifai.com/clarifai/main/models/general-image-recognition\", pat=\"{Pat}\")\n", Pat)
        .FindsIn("clarifai-api-key", "a curl command's Key header", $"curl -X POST \"https://api.clarifai.com/v2/models/face-detection/outputs\" \\\n  -H \"Authorization: Key {Pat}\" \\\n  -H \"Content-Type: application/json\"\n", Pat)
        .FindsIn("clarifai-api-key", "C#'s gRPC metadata", $"var metadata = new Metadata {{ {{ \"Authorization\", \"Key {Pat}\" }} }}; // Clarifai\n", Pat)
        .FindsIn("clarifai-api-key", "an older app's API key in YAML", $"clarifai:\n  api_key: {ModelVersionId}\n", ModelVersionId)
        .Ignores("clarifai-api-key", "a model version's id", $"MODEL_VERSION_ID = \"{ModelVersionId}\"  # clarifai general-image-recognition\n")
        .Ignores("clarifai-api-key", "a key in prose, not in an Authorization header", $"// Clarifai responses are cached by their request's key {ModelVersionId}\n")
        .Ignores("clarifai-api-key", "no Clarifai named", $"\"checksum\": \"{Pat}\"")
        .Ignores("clarifai-api-key", "one character short", $"CLARIFAI_PAT={Pat[..^1]}");
}
