using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>A result read from its row, kept with the row for the checks across rows.</summary>
internal sealed record ReadResult(ResponseResult Result, ResponseRow Row);
