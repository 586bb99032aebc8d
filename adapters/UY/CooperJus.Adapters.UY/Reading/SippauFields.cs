namespace CooperJus.Adapters.UY.Reading;

/// <summary>
/// The property names of one SIPPAU solicitud (one line of the export) and of the objects it holds, as README.md
/// lists them. The renderer writes them in this order.
/// </summary>
internal static class SippauFields
{
    public const string NumeroSolicitud = "numeroSolicitud";
    public const string IdPasarela = "idPasarela";
    public const string NumeroCaso = "numeroCaso";
    public const string Iue = "iue";
    public const string Juzgado = "juzgado";
    public const string PaisRequirente = "paisRequirente";
    public const string Fiscalia = "fiscalia";
    public const string Fiscal = "fiscal";
    public const string Correo = "correo";
    public const string FechaHora = "fechaHora";
    public const string PaisRequerido = "paisRequerido";
    public const string AutoridadRequerida = "autoridadRequerida";
    public const string Hechos = "hechos";
    public const string LugarHechos = "lugarHechos";
    public const string PeriodoDesde = "periodoDesde";
    public const string PeriodoHasta = "periodoHasta";
    public const string Delitos = "delitos";
    public const string Urgencia = "urgencia";
    public const string MotivoUrgencia = "motivoUrgencia";
    public const string Plazo = "plazo";
    public const string Reservado = "reservado";
    public const string MotivoReserva = "motivoReserva";
    public const string Personas = "personas";
    public const string Empresas = "empresas";
    public const string Cuentas = "cuentas";
    public const string BienesCulturales = "bienesCulturales";
    public const string Medidas = "medidas";

    // A persona.
    public const string Id = "id";
    public const string Calidad = "calidad";
    public const string PrimerNombre = "primerNombre";
    public const string SegundoNombre = "segundoNombre";
    public const string PrimerApellido = "primerApellido";
    public const string SegundoApellido = "segundoApellido";
    public const string Sexo = "sexo";
    public const string FechaNacimiento = "fechaNacimiento";
    public const string Nacionalidad = "nacionalidad";
    public const string Documento = "documento";
    public const string Domicilio = "domicilio";

    // A documento.
    public const string Tipo = "tipo";
    public const string Numero = "numero";
    public const string Denominacion = "denominacion";
    public const string PaisEmisor = "paisEmisor";

    // A domicilio.
    public const string Calle = "calle";
    public const string NumeroPuerta = "numeroPuerta";
    public const string Apartamento = "apartamento";
    public const string Localidad = "localidad";
    public const string Departamento = "departamento";

    // An empresa.
    public const string RazonSocial = "razonSocial";
    public const string Rut = "rut";
    public const string Pais = "pais";

    // A cuenta.
    public const string Banco = "banco";
    public const string Sucursal = "sucursal";
    public const string NumeroCuenta = "numeroCuenta";
    public const string Titulares = "titulares";
    public const string Saldo = "saldo";

    // A bien cultural.
    public const string TipoObjeto = "tipoObjeto";
    public const string Titulo = "titulo";
    public const string Autor = "autor";
    public const string Epoca = "epoca";
    public const string Materiales = "materiales";
    public const string Dimensiones = "dimensiones";
    public const string Descripcion = "descripcion";
    public const string NumeroInventario = "numeroInventario";
    public const string Proteccion = "proteccion";
    public const string ValorEstimado = "valorEstimado";

    // A delito.
    public const string Norma = "norma";
    public const string Iccs = "iccs";

    // A medida.
    public const string Codigo = "codigo";
    public const string Afectados = "afectados";
    public const string Finalidad = "finalidad";
    public const string Orden = "orden";

    // The orden (national order) behind a medida.
    public const string Emisor = "emisor";
    public const string Autoridad = "autoridad";
    public const string Fecha = "fecha";
}
