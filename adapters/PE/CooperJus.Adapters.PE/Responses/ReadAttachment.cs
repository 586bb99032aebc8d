using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>An attachment read from its row, kept with the row for the checks across rows.</summary>
internal sealed record ReadAttachment(Attachment Attachment, ResponseRow Row);
