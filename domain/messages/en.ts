import { exportsEn } from './exports.en';
import { importsEn } from './imports.en';
import { storageEn } from './storage.en';
import { packagesEn } from './packages.en';
import type { MessageCode } from './zh-CN';

// Typed as a full record so a code added to zh-CN without an English text fails to compile.
export const en: Record<MessageCode, string> = {
  // Resident ID (身份证号)
  'residentId.empty': 'Please enter the ID number',
  'residentId.length': 'The ID number must have 18 characters (15 for old numbers)',
  'residentId.characters': 'The ID number may contain only digits; only the last character may be X',
  'residentId.birthDate':
    'The birth date in the ID number ({digits}) is not a real date; please check characters 7 to 14',
  'residentId.birthDateTooEarly': 'The birth date in the ID number ({date}) is before {minYear}; please check',
  'residentId.birthDateFuture': 'The birth date cannot be later than today (the ID number says {date}); please check',
  'residentId.checkChar': 'The check character of the ID number is wrong; please check the last character',

  // Disability certificate (残疾人证号)
  'disabilityCert.empty': 'Please enter the disability certificate number',
  'disabilityCert.length':
    'The disability certificate number must have 20 characters (18-character ID + category + level), optionally followed by a re-issue mark such as B or B2',
  'disabilityCert.characters':
    'The disability certificate number may contain only digits, X as the 18th character, and a re-issue mark such as B or B2',
  'disabilityCert.residentIdPart':
    'The first 18 characters of the disability certificate number are not a valid ID number; please check',
  'disabilityCert.category': 'Character 19 of the disability certificate number (category) must be 1 to 7, not {digit}',
  'disabilityCert.level': 'Character 20 of the disability certificate number (level) must be 1 to 4, not {digit}',
  'disabilityCert.suffix':
    'The disability certificate number may end only with a re-issue mark such as B, B2 or B3; please check "{suffix}"',
  'disabilityCert.residentIdMismatch':
    "The first 18 characters of the disability certificate number differ from the holder's ID number; please check",
  'disabilityCert.categoryMismatch':
    'The disability category in the certificate number differs from the one on record (certificate: {certDigit}, record: {storedDigit}); please check',
  'disabilityCert.levelMismatch':
    'The disability level in the certificate number differs from the one on record (certificate: level {certLevel}, record: level {storedLevel}); please check',
  'disabilityCert.reissued': 'This is a re-issued disability certificate; please check that it is the current one',

  // Disability categories and levels
  'disability.category.vision': 'Visual disability',
  'disability.category.hearing': 'Hearing disability',
  'disability.category.speech': 'Speech disability',
  'disability.category.physical': 'Physical disability',
  'disability.category.intellectual': 'Intellectual disability',
  'disability.category.mental': 'Mental disability',
  'disability.category.multiple': 'Multiple disabilities',
  'disability.level.1': 'Level 1',
  'disability.level.2': 'Level 2',
  'disability.level.3': 'Level 3',
  'disability.level.4': 'Level 4',

  // Unified social credit code (统一社会信用代码)
  'creditCode.empty': 'Please enter the unified social credit code',
  'creditCode.length': 'The unified social credit code must have 18 characters',
  'creditCode.characters':
    'The unified social credit code may contain only digits and capital letters (not I, O, Z, S or V)',
  'creditCode.checkChar':
    'The check character of the unified social credit code is wrong; please check the last character',

  // Money
  'money.empty': 'Please enter an amount',
  'money.format': 'The amount is not a number; enter it like 1500 or 1,500.00',
  'money.tooManyDecimals': 'The amount may have at most two decimal places (fen)',
  'money.negative': 'The amount cannot be negative',
  'money.tooLarge': 'The amount is too large to handle',

  // Common fields
  'field.required': 'This field is required',
  'field.invalid': 'This value is not valid',
  'field.tooLong': 'Too long; please shorten it',
  'field.date': 'Enter a valid date (year-month-day)',
  'field.dateRange': 'The date must be between 1900 and 2099; check the year',
  'field.integer': 'Enter a whole number',
  'field.nonNegative': 'Cannot be negative',
  'field.tooLarge': 'The number is too large',
  'field.phone': 'Phone number not valid: 11-digit mobile, or landline with area code (0755-12345678)',
  'field.year': 'The year must be between 2000 and 2100',
  'field.score': 'The score must be between 0 and 100',

  // Divisions
  'division.notFound': 'Division not found',
  'division.name.required': 'Enter the division name',
  'division.code.required': 'Enter the division code',
  'division.code.digits': 'The division code may contain digits only',
  'division.code.districtLength': 'A district code has 6 digits, or 12 digits ending in 000000',
  'division.code.length12': 'Streets and communities use 12-digit statistical codes',
  'division.code.parentPrefix':
    'The code does not match its parent: a street starts with the district’s first 6 digits, a community with the street’s first 9',
  'division.code.streetSuffix': 'A street code ends in 000',
  'division.code.communitySuffix': 'A community code cannot end in 000',
  'division.code.duplicate': 'This division code is already used',
  'division.parent.archived': 'The parent division is archived; restore it first',
  'division.parent.tooDeep': 'Communities cannot have child divisions',
  'division.move.level': 'Streets move to a district, communities to a street',
  'division.archive.hasChildren': 'This division still has live child divisions',
  'division.archive.inUse': 'Institutions on the register still belong to this division',
  'division.archivedChoice': 'The chosen division is archived; choose another',

  // Institutions
  'institution.notFound': 'Institution not found',
  'institution.name.required': 'Enter the institution name',
  'institution.ownership.required': 'Choose the ownership',
  'institution.modes.required': 'Choose at least one care mode',
  'institution.street.required': 'Choose the street',
  'institution.community.notInStreet': 'The community does not belong to this street',
  'institution.address.required': 'Enter the address',
  'institution.personInCharge.required': 'Enter the person in charge',
  'institution.phone.required': 'Enter the phone number',
  'institution.beds.requiredForResidential': 'An institution offering residential care needs more than 0 beds',
  'institution.dayPlaces.requiredForDayCare': 'An institution offering day care needs more than 0 places',
  'institution.creditCode.duplicate': 'This credit code is already registered to another institution',
  'institution.version.stale': 'Someone else changed this record; reload and edit again',

  // Setup and service
  'setup.demo.notEmpty': 'This register already holds data; demo data cannot be loaded',
  'server.internal': 'Internal error; nothing was changed. Try again or contact the administrator',
  'host.badHost': 'Refused: the host name is not this machine',
  'host.badToken': 'Invalid access token; open the full address printed at start-up',
  'host.noToken': 'Access token required: open the full address (with token) printed at start-up',
  'host.badOrigin': 'Refused: the request came from another site',
  'host.badBody': 'The request body could not be read (wrong format) and was not processed',
  'host.uploadsBusy': 'Other uploads are still being read; this request was not processed. Try again in a moment',
  'host.bodyTooLarge': 'The request is too large (over {limit} MB) and was not processed. Choose a smaller file',

  // Persons
  'person.notFound': 'Person not found',
  'person.name.required': 'Enter the name',
  'person.name.format': 'A name has 2 or more Chinese characters (· allowed), or Latin letters',
  'person.category.required': 'Choose the disability category',
  'person.level.required': 'Choose the disability level',
  'person.category.mismatch': 'The category does not match digit 19 of the certificate number',
  'person.level.mismatch': 'The level does not match digit 20 of the certificate number',
  'person.residenceStreet.required': 'Choose the street of residence',
  'person.residentId.duplicate': 'This ID number is already registered ({name})',
  'guardian.name.required': 'Enter the guardian’s name',
  'guardian.relation.required': 'Enter the relation',
  'guardian.tooMany': 'At most 5 guardians',
  'photo.type': 'The photo must be a JPG or PNG image',
  'photo.tooLarge': 'The photo may not exceed 2 MB',
  'survey.surveyor.required': 'Enter the surveyor',
  'survey.wantedMode.required': 'Choose the wanted care mode',
  'enrolment.notFound': 'Enrolment not found',
  'enrolment.mode.required': 'Choose the care mode',
  'enrolment.institution.required': 'Residential and day care need an institution',
  'enrolment.institution.modeNotOffered': 'The institution does not offer this care mode',
  'enrolment.active.exists': 'This person is already in care; end that enrolment first',
  'enrolment.overCapacity': 'The institution is full for this mode ({used} of {capacity} places used). Enrol anyway?',
  'enrolment.person.notActive': 'Only persons in normal status can be enrolled',
  'enrolment.alreadyEnded': 'This enrolment has already ended',
  'enrolment.endBeforeStart': 'The end date cannot be before the start date',
  'enrolment.exitReason.required': 'Choose the exit reason',
  'enrolment.overlap': 'The start date cannot be before the previous care period ended ({date})',
  'person.hukouStreet.required': 'Choose the hukou street that the hukou community belongs to',

  // Staff, qualifications, training, work permits, volunteers
  'staff.notFound': 'Staff member not found',
  'staff.post.required': 'Choose the post',
  'staff.leaveBeforeHire': 'The leaving date cannot be before the hire date',
  'staff.residentId.duplicate': 'This ID number is already registered as staff ({name})',
  'staff.employer.invalid': 'The employer does not exist or is archived',
  'field.endBeforeStart': 'The end date cannot be before the start date',
  'qualification.type.required': 'Choose the qualification type',
  'qualification.number.required': 'Enter the certificate number',
  'training.course.required': 'Enter the course name',
  'training.hours.min': 'At least 1 hour',
  'training.result.required': 'Choose the result',
  'training.attendees.required': 'Add at least one attendee',
  'training.attendees.duplicate': 'The same person appears twice in this session',
  'permit.streetOffice':
    'Work permits are numbered and issued by the district federation; a street copy cannot issue them. Send the training records to the district in a data package',
  'permit.training.required':
    'No passed training on record: a work permit cannot be issued. Record a training with result “pass” first',
  'permit.exists': 'This person already holds a valid permit ({number}); use “renew” to extend it',
  'permit.staffLeft': 'This person has left or is archived; no permit can be issued',
  'permit.notFound': 'Work permit not found',
  'permit.issuer.required': 'Enter the issuing authority',
  'permit.reason.required': 'Enter the reason',
  'permit.validYears': 'Validity must be 1 to 10 years',
  'permit.revoked': 'This permit is revoked and cannot change; issue a new one',
  'permit.transition': 'This action is not possible in the permit’s current status',
  'permit.pattern.empty': 'Enter the permit number pattern',
  'permit.pattern.seq': 'The pattern needs exactly one sequence placeholder {seq} or {seq:4}',
  'permit.pattern.year': 'The pattern needs the year placeholder {year}',
  'permit.pattern.unknown': 'Unknown placeholder; use only {year}, {district} and {seq}',
  'volunteer.notFound': 'Volunteer not found',
  'volunteer.background.required': 'Choose at least one professional background',
  'permit.suspendedExists':
    'This person’s permit ({number}) is suspended; reinstate or revoke it before issuing a new one',
  'print.columns.invalid': 'Choose at least one of this roster’s columns',
  'print.noChromium': 'No Chromium or Chrome found on this machine to make a PDF; use Print and choose “Save as PDF”',

  // Service cards and certificate printing
  'card.notFound': 'Service card not found',
  'card.selection.empty': 'Select at least one card or person',
  'card.person.notActive': 'This person is not in “normal” status or is archived; no service card can be requested',
  'card.person.notEnrolled': 'This person is not in care now; only persons in care can get a service card',
  'card.exists': 'This person already has a service card ({number}); it cannot be requested twice',
  'card.notRequested': 'Service card {number} is not waiting to be printed; it cannot be confirmed as printed',
  'card.notPrinted': 'Service card {number} has not been confirmed as printed; it cannot be handed over',
  'card.none': 'There are no service cards to print',
  'card.district.missing': 'The district code is not set up; card numbers cannot be made',
  'card.qr.foreign': 'This QR code is not a Sunshine Home service card',
  'card.qr.checkChar': 'The card number’s check character is wrong; check the number',
  'print.permit.none': 'This person holds no work permit; nothing to print',
  'print.permit.notValid':
    'This person’s work permit ({number}) has expired or is suspended or revoked; renew or reinstate it before printing',
  'print.designation.none':
    'This institution has no Sunshine Home designation number; the certificate and sign cannot be printed',
  ...importsEn,
  ...exportsEn,
  ...packagesEn,
  ...storageEn,
};
