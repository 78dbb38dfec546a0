using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Trustdesk.Web.Api.Idempotency;

/// <summary>
/// What one <c>Idempotency-Key</c> of one caller gives, derived with HKDF from the key and the caller: the hash its row is
/// found by, a key for the request's fingerprint and a key that seals the answer. Only the hash, the fingerprint and the
/// sealed answer reach the database. An answer may carry a secret shown once (a new access token, an account's first
/// owner's token), which the database otherwise holds only as a hash; sealed with a key it cannot derive, the answer is
/// no more readable there than the token is. A key as guessable as <c>1</c> gives that little protection: clients send
/// random ones (docs/api.md).
/// </summary>
internal sealed class KeySecrets
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = "trustdesk Idempotency-Key v1"u8.ToArray();

    private readonly byte[] _fingerprintKey;
    private readonly byte[] _sealKey;

    private KeySecrets(byte[] derived)
    {
        KeyHash = Convert.ToHexStringLower(derived.AsSpan(0, 32));
        _fingerprintKey = derived[32..64];
        _sealKey = derived[64..];
    }

    public string KeyHash { get; }

    /// <summary>The caller is the salt: the same key of two callers gives rows nobody can tell belong together.</summary>
    public static KeySecrets Derive(string key, KeyOwner owner) => new(HKDF.DeriveKey(HashAlgorithmName.SHA256,
        Encoding.ASCII.GetBytes(key), 96, Encoding.UTF8.GetBytes($"{owner.AccountId}\n{owner.PersonId}"), Purpose));

    /// <summary>The request as sent: its path with the query, and its body, byte for byte.</summary>
    public string Fingerprint(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _fingerprintKey);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{request.Path}{request.QueryString}\n"));
        hmac.AppendData(body.Span);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>The answer's status, its own headers (ETag, Location: not those every response gets) and body, sealed (AES-GCM) with this key's own.</summary>
    public byte[] Seal(ApiResult answer)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", answer.StatusCode);
            writer.WriteStartArray("headers");
            foreach (var (name, value) in answer.Headers)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(name);
                writer.WriteStringValue(value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WritePropertyName("body");
            if (answer.Body is null) writer.WriteNullValue();
            else answer.Body.WriteTo(writer);
            writer.WriteEndObject();
        }
        var plain = buffer.WrittenSpan;
        var sealedAnswer = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedAnswer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_sealKey, TagSize);
        aes.Encrypt(nonce, plain, sealedAnswer.AsSpan(NonceSize + TagSize), sealedAnswer.AsSpan(NonceSize, TagSize));
        return sealedAnswer;
    }

    /// <summary>The answer <see cref="Seal"/> kept, as an answer again.</summary>
    public ApiResult Open(byte[] sealedAnswer)
    {
        var plain = new byte[sealedAnswer.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_sealKey, TagSize);
        aes.Decrypt(sealedAnswer.AsSpan(0, NonceSize), sealedAnswer.AsSpan(NonceSize + TagSize), sealedAnswer.AsSpan(NonceSize, TagSize), plain);
        var kept = JsonNode.Parse(plain)!.AsObject();
        var body = kept["body"];
        kept.Remove("body");
        var answer = new ApiResult(kept["status"]!.GetValue<int>(), body);
        foreach (var header in kept["headers"]!.AsArray())
            answer.WithHeader(header![0]!.GetValue<string>(), header[1]!.GetValue<string>());
        return answer;
    }
}
