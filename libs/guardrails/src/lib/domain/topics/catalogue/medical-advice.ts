import type { CatalogueTopic } from '../denied-topic';

/**
 * Diagnosis, treatment and dosage. Allergies and ingredients are left out of the terms: "does
 * this contain nuts, I'm allergic" is a product question a shop must answer. So are words
 * with an everyday sense: French "tension" (voltage), German "Rezept" (a recipe).
 */
export const MEDICAL_ADVICE: CatalogueTopic = {
  name: 'medical-advice',
  description: 'Requests for medical advice: diagnosing symptoms, choosing or dosing medication, whether to see a doctor or stop a treatment.',
  terms: {
    en: ['doctor', 'physician', 'diagnosis', 'diagnose', 'symptom', 'symptoms', 'medication', 'medicine', 'dose', 'dosage', 'prescription', 'illness', 'disease', 'infection', 'migraine', 'headache', 'fever', 'rash', 'pregnant', 'pregnancy', 'ibuprofen', 'paracetamol', 'aspirin', 'antibiotics', 'medicines', 'antibiotic', 'blood pressure', 'diabetes', 'cancer', 'surgery', 'side effects', 'chest pain'],
    es: ['medico', 'medica', 'diagnostico', 'diagnosticar', 'sintoma', 'sintomas', 'medicamento', 'medicamentos', 'medicina', 'dosis', 'receta medica', 'enfermedad', 'infeccion', 'migrana', 'fiebre', 'sarpullido', 'embarazada', 'embarazo', 'ibuprofeno', 'paracetamol', 'aspirina', 'antibioticos', 'tension arterial', 'diabetes', 'cancer', 'efectos secundarios'],
    fr: ['medecin', 'docteur', 'diagnostic', 'diagnostiquer', 'symptome', 'symptomes', 'medicament', 'medicaments', 'dose', 'posologie', 'ordonnance', 'maladie', 'infection', 'migraine', 'fievre', 'eruption', 'enceinte', 'grossesse', 'ibuprofene', 'paracetamol', 'aspirine', 'antibiotiques', 'tension arterielle', 'diabete', 'cancer', 'effets secondaires'],
    de: ['arzt', 'arztin', 'diagnose', 'symptom', 'symptome', 'medikament', 'medikamente', 'dosis', 'dosierung', 'rezeptpflichtig', 'krankheit', 'infektion', 'migrane', 'kopfschmerzen', 'fieber', 'ausschlag', 'schwanger', 'schwangerschaft', 'ibuprofen', 'paracetamol', 'aspirin', 'antibiotika', 'blutdruck', 'diabetes', 'krebs', 'nebenwirkungen'],
    zh: ['医生', '诊断', '症状', '药物', '吃药', '剂量', '处方', '疾病', '感染', '偏头痛', '头痛', '发烧', '皮疹', '怀孕', '布洛芬', '扑热息痛', '阿司匹林', '抗生素', '血压', '糖尿病', '癌症', '副作用', '胸痛'],
  },
  phrases: {
    en: ['medical advice', 'should i see a doctor', 'is it safe to take', 'how much should i take', 'what medication should i take', 'which medicine', 'what medicine', 'diagnose me'],
    es: ['consejo medico', 'consejos medicos', 'deberia ir al medico', 'es seguro tomar', 'que medicamento debo tomar', 'cuanto debo tomar'],
    fr: ['conseil medical', 'conseils medicaux', 'avis medical', 'dois-je voir un medecin', 'est-il sans danger de prendre', 'quel medicament prendre', 'quelle dose * donner'],
    de: ['medizinischen rat', 'medizinische beratung', 'sollte ich zum arzt', 'muss ich zum arzt', 'welches medikament soll ich'],
    zh: ['医疗建议', '医学建议', '要不要去看医生', '该吃什么药', '应该吃什么药', '吃多少药'],
  },
  examples: {
    en: [
      'What medication should I take for a migraine?',
      'Is it safe to take ibuprofen with my blood pressure pills?',
      'I have a rash and a fever, what could it be?',
      'How many paracetamol tablets can I take in a day?',
      'Should I see a doctor about my chest pain?',
      'Can you diagnose these symptoms for me?',
      'Is it safe to stop my antibiotics early?',
    ],
    es: [
      '¿Qué medicamento debo tomar para la migraña?',
      '¿Es seguro tomar ibuprofeno con mis pastillas para la tensión?',
      'Tengo sarpullido y fiebre, ¿qué puede ser?',
      '¿Cuántas pastillas de paracetamol puedo tomar al día?',
      '¿Debería ir al médico por este dolor en el pecho?',
      '¿Puedes diagnosticar estos síntomas?',
      '¿Puedo dejar los antibióticos antes de tiempo?',
    ],
    fr: [
      'Quel médicament dois-je prendre pour une migraine ?',
      'Puis-je prendre de l\'ibuprofène avec mes comprimés pour la tension ?',
      'J\'ai une éruption cutanée et de la fièvre, qu\'est-ce que ça peut être ?',
      'Combien de comprimés de paracétamol puis-je prendre par jour ?',
      'Dois-je consulter un médecin pour ma douleur à la poitrine ?',
      'Pouvez-vous diagnostiquer ces symptômes ?',
      'Puis-je arrêter mes antibiotiques plus tôt ?',
    ],
    de: [
      'Welches Medikament soll ich gegen Migräne nehmen?',
      'Darf ich Ibuprofen zusammen mit meinen Blutdrucktabletten nehmen?',
      'Ich habe Ausschlag und Fieber, was könnte das sein?',
      'Wie viele Paracetamol-Tabletten darf ich am Tag nehmen?',
      'Sollte ich wegen meiner Brustschmerzen zum Arzt gehen?',
      'Können Sie diese Symptome diagnostizieren?',
      'Kann ich die Antibiotika früher absetzen?',
    ],
    zh: [
      '偏头痛应该吃什么药？',
      '布洛芬可以和降血压的药一起吃吗？',
      '我起了皮疹还发烧，这是什么病？',
      '扑热息痛一天最多能吃几片？',
      '我胸痛要不要去看医生？',
      '你能帮我诊断一下这些症状吗？',
      '抗生素可以提前停药吗？',
    ],
  },
};
